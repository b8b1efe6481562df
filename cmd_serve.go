package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"net"
	"os"
	"os/signal"
	"path/filepath"
	"syscall"
	"time"

	"charm.land/wish/v2"

	"handoff/internal/i18n"
)

// serveConfig is how handoff serve runs.
type serveConfig struct {
	listen      string
	hostKey     string
	idle        time.Duration
	maxTime     time.Duration
	maxSessions int
	// grace is how long a stop waits for the sessions to end.
	grace time.Duration
}

// defaultListen is where serve listens unless told: this machine only.
const defaultListen = "127.0.0.1:23234"

// cmdServe serves the terminal app and the command line over SSH to the
// people whose keys the directory holds, on one database file.
func cmdServe(ctx context.Context, g *globals, args []string, stdout, stderr io.Writer) error {
	fs := newFlags("serve", g)
	cfg := serveConfig{grace: 10 * time.Second}
	fs.StringVar(&cfg.listen, "listen", defaultListen, "address to listen on")
	fs.StringVar(&cfg.hostKey, "host-key", "", "host key file")
	fs.DurationVar(&cfg.idle, "idle-timeout", 30*time.Minute, "close a connection idle this long")
	fs.DurationVar(&cfg.maxTime, "max-session", 12*time.Hour, "close a connection open this long")
	fs.IntVar(&cfg.maxSessions, "max-sessions", 32, "sessions at once")
	if _, ok, err := g.parseFlags(fs, args, noArgs, stdout); !ok {
		return err
	}
	if cfg.maxSessions < 1 {
		return &exitError{2, i18n.Msg("serve: --max-sessions must be 1 or more")}
	}
	s, err := g.open(ctx, writesNow)
	if err != nil {
		return err
	}
	defer s.Close()
	if cfg.hostKey == "" {
		cfg.hostKey = filepath.Join(filepath.Dir(s.Path()), "handoff_host_ed25519_key")
	}
	_, statErr := os.Stat(cfg.hostKey)
	hostKeyOpt := wish.WithHostKeyPath(cfg.hostKey) // generates the key when there is none
	if errors.Is(statErr, os.ErrNotExist) {
		if err := os.Chmod(cfg.hostKey, 0o600); err != nil {
			return &exitError{2, i18n.Msg("serve: cannot make the host key %s: %s", cfg.hostKey, err.Error())}
		}
	}
	log := slog.New(slog.NewTextHandler(stderr, nil))
	sv := newSSHServer(s, cfg, log)
	srv, err := wish.NewServer(
		hostKeyOpt,
		wish.WithPublicKeyAuth(sv.auth),
		wish.WithIdleTimeout(cfg.idle),
		wish.WithMaxTimeout(cfg.maxTime),
		wish.WithMiddleware(sv.middleware),
	)
	if err != nil {
		return &exitError{2, i18n.Msg("serve: %s", err.Error())}
	}
	srv.ConnectionFailedCallback = func(c net.Conn, err error) {
		log.Info("refused", "remote", c.RemoteAddr().String(), "reason", err.Error())
	}
	ln, err := net.Listen("tcp", cfg.listen)
	if err != nil {
		return &exitError{2, i18n.Msg("serve: cannot listen on %s: %s", cfg.listen, err.Error())}
	}
	stop, cancel := signal.NotifyContext(ctx, syscall.SIGTERM, os.Interrupt)
	defer cancel()
	served := make(chan error, 1)
	go func() { served <- srv.Serve(ln) }()
	log.Info("listening", "addr", ln.Addr().String(), "db", s.Path(), "host_key", cfg.hostKey)
	select {
	case <-stop.Done():
	case err := <-served:
		return &exitError{2, i18n.Msg("serve: %s", err.Error())}
	}
	log.Info("stopping", "sessions", sv.active.Load())
	ln.Close()
	sv.stop()
	srv.Close()
	if err := s.Close(); err != nil {
		return fmt.Errorf("closing the database: %w", err)
	}
	log.Info("stopped")
	return nil
}
