//go:build !race

package db

// raceDetector says the tests run under the race detector (see
// race_on_test.go).
const raceDetector = false
