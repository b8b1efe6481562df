package main

import (
	"io"
	"log/slog"
	"os"
	"path/filepath"
	"runtime"
	"time"
)

// stateDir is the platform's folder for state such as logs:
// $XDG_STATE_HOME, else ~/.local/state, on Linux and the other Unixes;
// ~/Library/Logs on macOS; %LOCALAPPDATA% on Windows.
func stateDir(getenv func(string) string) string {
	home, _ := os.UserHomeDir()
	switch runtime.GOOS {
	case "windows":
		if d := getenv("LOCALAPPDATA"); d != "" {
			return d
		}
		return filepath.Join(home, "AppData", "Local")
	case "darwin":
		return filepath.Join(home, "Library", "Logs")
	}
	if d := getenv("XDG_STATE_HOME"); d != "" && filepath.IsAbs(d) {
		return d
	}
	return filepath.Join(home, ".local", "state")
}

// logPath is the file --debug writes to.
func (g *globals) logPath() string {
	return filepath.Join(stateDir(g.env), "handoff", "debug.log")
}

func (g *globals) env(name string) string {
	if g.getenv == nil {
		return os.Getenv(name)
	}
	return g.getenv(name)
}

// startLog opens the debug log once --debug is read (appending, 0600, its
// folder made 0700); without it the logger drops everything: the app never
// logs to the terminal. A log that cannot be opened is no reason to fail.
func (g *globals) startLog(command string, args []string) {
	if !g.debug || g.logFile != nil {
		return
	}
	path := g.logPath()
	if err := os.MkdirAll(filepath.Dir(path), 0o700); err != nil {
		return
	}
	f, err := os.OpenFile(path, os.O_WRONLY|os.O_CREATE|os.O_APPEND, 0o600)
	if err != nil {
		return
	}
	g.logFile, g.started = f, time.Now()
	g.log = slog.New(slog.NewTextHandler(f, &slog.HandlerOptions{Level: slog.LevelDebug}))
	g.log.Info("start", "version", version, "pid", os.Getpid(), "command", command, "args", args,
		"lang", g.lang.Code(), "db", g.path(), "config", g.configPath)
}

// logger is the run's logger: the debug log, or one that drops all.
func (g *globals) logger() *slog.Logger {
	if g.log == nil {
		return slog.New(slog.NewTextHandler(io.Discard, nil))
	}
	return g.log
}

// endLog writes how the run ended and closes the log.
func (g *globals) endLog(code int, err error) {
	if g.logFile == nil {
		return
	}
	msg := ""
	if err != nil {
		msg = err.Error()
	}
	g.log.Info("end", "exit", code, "error", msg, "took", time.Since(g.started).Round(time.Millisecond))
	g.logFile.Close()
}
