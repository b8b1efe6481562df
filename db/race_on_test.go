//go:build race

package db

// raceDetector says the tests run under the race detector, which makes the
// longest of them several times slower: those then try fewer cases.
const raceDetector = true
