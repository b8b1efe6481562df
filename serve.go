package main

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"runtime/debug"
	"strings"
	"sync"
	"sync/atomic"
	"time"

	tea "charm.land/bubbletea/v2"
	"charm.land/ssh"
	"charm.land/wish/v2"
	"charm.land/wish/v2/bubbletea"
	gossh "golang.org/x/crypto/ssh"

	"handoff/db"
	"handoff/internal/i18n"
	"handoff/model"
	"handoff/ui"
)

// sshServer is handoff serve: one store for every session, each session its
// own app (or command) as the person whose key signed it in.
type sshServer struct {
	store *db.Store
	cfg   serveConfig
	log   *slog.Logger

	active atomic.Int64
	mu     sync.Mutex
	// apps are the terminal apps running, to tell when the server stops.
	apps map[*tea.Program]i18n.Lang
	// stopping is set once the server stops: no session starts after.
	stopping bool
	running  sync.WaitGroup
}

func newSSHServer(s *db.Store, cfg serveConfig, log *slog.Logger) *sshServer {
	return &sshServer{store: s, cfg: cfg, log: log, apps: map[*tea.Program]i18n.Lang{}}
}

// auth lets in a key that belongs to someone in the directory; it only
// decides whether the connection may go on. Who the session is, is read
// again from the key the session was signed in with (handle).
func (sv *sshServer) auth(ctx ssh.Context, key ssh.PublicKey) bool {
	_, err := sv.store.KeyOwner(ctx, gossh.FingerprintSHA256(key))
	return err == nil
}

// middleware runs each session; nothing runs after it.
func (sv *sshServer) middleware(ssh.Handler) ssh.Handler { return sv.handle }

// envOf reads a session's environment, and only that.
func envOf(environ []string) func(string) string {
	return func(name string) string {
		v := ""
		for _, kv := range environ {
			if k, val, ok := strings.Cut(kv, "="); ok && k == name {
				v = val // the last one sent wins, as in a shell
			}
		}
		return v
	}
}

// handle runs one session: the person is found from the fingerprint of
// the key the session was authenticated with — never from the user name,
// nor from a key that was only offered — then the app runs when the
// client asked for a terminal, the command line when not.
func (sv *sshServer) handle(sess ssh.Session) {
	start := time.Now()
	getenv := envOf(sess.Environ())
	lang, _ := i18n.FromEnv("", getenv)
	remote := sess.RemoteAddr().String()
	pk := sess.PublicKey()
	if pk == nil {
		sv.refuse(sess, lang, remote, "", "no public key")
		return
	}
	fp := gossh.FingerprintSHA256(pk)
	p, err := sv.store.KeyOwner(sess.Context(), fp)
	if err != nil {
		sv.refuse(sess, lang, remote, fp, "unknown key")
		return
	}
	if !sv.enter() {
		sv.log.Info("refused", "remote", remote, "key", fp, "reason", "too many sessions or stopping")
		wish.Errorln(sess, lang.T("handoff: the server is full or stopping; try again in a moment"))
		sess.Exit(1)
		return
	}
	defer sv.leave()
	_, _, tty := sess.Pty()
	sv.log.Info("connect", "person", p.Name, "key", fp, "remote", remote, "terminal", tty, "command", sess.RawCommand())
	code := sv.run(sess, p, fp, tty, getenv, lang)
	sv.log.Info("disconnect", "person", p.Name, "key", fp, "remote", remote, "exit", code,
		"after", time.Since(start).Round(time.Millisecond).String())
	sess.Exit(code)
}

// run runs the session's app or command, and keeps a panic in it to this
// session: it is logged, the session ends with status 2, the others go on.
func (sv *sshServer) run(sess ssh.Session, p model.Person, fp string, tty bool, getenv func(string) string, lang i18n.Lang) (code int) {
	defer func() {
		if r := recover(); r != nil {
			sv.log.Error("panic", "person", p.Name, "key", fp, "panic", fmt.Sprint(r), "stack", string(debug.Stack()))
			fmt.Fprintln(sess.Stderr(), lang.T("handoff: something went wrong on the server; this session ends, nothing else is affected"))
			code = 2
		}
	}()
	view := sv.store.As(p.Name+" ("+fp+")", p.Name)
	if !tty {
		g := globals{getenv: getenv, lang: lang, remote: view}
		return runAs(sess.Context(), sess.Command(), sess, sess.Stderr(), g)
	}
	return sv.runApp(sess, view, getenv, lang)
}

// refuse ends a session that may not run, with the one sentence OpenSSH
// prints for a key it may not use.
func (sv *sshServer) refuse(sess ssh.Session, lang i18n.Lang, remote, fp, why string) {
	sv.log.Info("refused", "remote", remote, "key", fp, "reason", why)
	wish.Errorln(sess, lang.T("Permission denied"))
	sess.Exit(1)
}

// enter counts a session in, unless the server is full or stopping.
func (sv *sshServer) enter() bool {
	sv.mu.Lock()
	defer sv.mu.Unlock()
	if sv.stopping || sv.active.Load() >= int64(sv.cfg.maxSessions) {
		return false
	}
	sv.active.Add(1)
	sv.running.Add(1)
	return true
}

func (sv *sshServer) leave() {
	sv.active.Add(-1)
	sv.running.Done()
}

// runApp runs the terminal app for one session: its own size, colours,
// language, time zone, and everything the app keeps (undo, forms, the
// presenting switch), over the server's one store as the session's person.
func (sv *sshServer) runApp(sess ssh.Session, store *db.Store, getenv func(string) string, lang i18n.Lang) int {
	pty, windows, _ := sess.Pty()
	ctx, cancel := context.WithCancel(sess.Context())
	defer cancel()
	loc := time.Local
	if tz := getenv("TZ"); tz != "" {
		if l, err := time.LoadLocation(strings.TrimPrefix(tz, ":")); err == nil {
			loc = l
		}
	}
	app := ui.New(ctx, store, ui.Options{Lang: lang, NoColor: plainTerminal(getenv) || pty.Term == "dumb", Location: loc, NoFiles: true})
	p := tea.NewProgram(app, append(bubbletea.MakeOptions(sess), tea.WithContext(ctx), tea.WithoutSignalHandler())...)
	sv.mu.Lock()
	sv.apps[p] = lang
	sv.mu.Unlock()
	defer func() {
		sv.mu.Lock()
		delete(sv.apps, p)
		sv.mu.Unlock()
	}()
	go func() {
		for {
			select {
			case <-ctx.Done():
				return
			case w := <-windows:
				p.Send(tea.WindowSizeMsg{Width: w.Width, Height: w.Height})
			}
		}
	}()
	_, err := p.Run()
	if err != nil && !errors.Is(err, tea.ErrProgramKilled) && !errors.Is(err, context.Canceled) {
		sv.log.Error("app", "error", err.Error())
		return 2
	}
	return 0
}

// stop tells every app the server is stopping, gives them a moment to
// show it (and the writes under way to commit: the store's close waits
// for them too), quits them, and waits for the sessions to end.
func (sv *sshServer) stop() {
	sv.mu.Lock()
	sv.stopping = true
	apps := make(map[*tea.Program]i18n.Lang, len(sv.apps))
	for p, l := range sv.apps {
		apps[p] = l
	}
	sv.mu.Unlock()
	for p, l := range apps {
		p.Send(ui.Notice(l.T("The server is stopping; what you saved is kept. Connect again when it is back.")))
	}
	if len(apps) > 0 {
		time.Sleep(time.Second)
	}
	for p := range apps {
		p.Quit()
	}
	done := make(chan struct{})
	go func() { sv.running.Wait(); close(done) }()
	select {
	case <-done:
	case <-time.After(sv.cfg.grace):
		sv.log.Info("sessions still open at stop", "sessions", sv.active.Load())
	}
}
