package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"os/signal"
	"path/filepath"
	"syscall"

	"handoff/model"
	"handoff/ui"
)

// cmdDemo opens the UI on a new throwaway database with the sample deals,
// deleted on quit.
func cmdDemo(ctx context.Context, g *globals, args []string, stdout, stderr io.Writer) error {
	fs := newFlags("demo", g)
	if _, ok, err := parseFlags(fs, args, noArgs, stdout); !ok {
		return err
	}
	removeDeadDemos(os.TempDir())
	// The folder's name carries this process's id, so a later demo can
	// tell a folder left by a demo that was killed from one in use.
	dir, err := os.MkdirTemp("", fmt.Sprintf("%s%d-*", demoPrefix, os.Getpid()))
	if err != nil {
		return err
	}
	defer os.RemoveAll(dir)
	// Closing the terminal (SIGHUP) or being told to stop (SIGTERM) ends
	// the UI like quitting, so the folder still goes.
	ctx, stop := signal.NotifyContext(ctx, syscall.SIGHUP, syscall.SIGTERM)
	defer stop()
	demo := globals{db: filepath.Join(dir, "demo.db"), actor: g.actor}
	s, err := demo.open(ctx, mayCreate)
	if err != nil {
		return err
	}
	defer s.Close()
	if _, err := s.Import(ctx, model.SampleArchive()); err != nil {
		return err
	}
	err = runTUI(ctx, s, ui.Options{Banner: "Demo: a throwaway database with sample deals, deleted when you quit. ? lists every key.",
		NoColor: g.getenv("NO_COLOR") != ""})
	if ctx.Err() != nil {
		return &exitError{2, errors.New("")} // stopped by a signal: nobody is there to read why
	}
	return err
}
