package model

// EscapeHeading lets the tests render heading text through the readers.
var EscapeHeading = escapeHeading

// CleanLines lets the tests know the lines a value shows.
var CleanLines = cleanLines
