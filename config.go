package main

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"slices"
	"strings"

	"go.yaml.in/yaml/v3"

	"handoff/internal/i18n"
	"handoff/ui"
)

// config is the config file: $XDG_CONFIG_HOME/handoff/config.yaml (the
// platform's user config folder elsewhere). Every setting is optional;
// README "Config file" documents them.
type config struct {
	// Lang is the language when neither --lang nor $HANDOFF_LANG names one.
	Lang string `yaml:"lang,omitempty"`
	// Actor is who changes are recorded as when neither --actor nor
	// $HANDOFF_ACTOR says.
	Actor string `yaml:"actor,omitempty"`
	// Theme is auto (ask the terminal), dark or light.
	Theme string `yaml:"theme,omitempty"`
	// Colors replace semantic colours by name (ui.ColorNames).
	Colors map[string]string `yaml:"colors,omitempty"`
	// Mouse is on unless set to false.
	Mouse *bool `yaml:"mouse,omitempty"`
	// Keys rebinds bindings by name ("deals.new": ["N"]).
	Keys map[string]keyList `yaml:"keys,omitempty"`
}

// keyList is a binding's keys, written on one line: [n, N].
type keyList []string

func (k keyList) MarshalYAML() (any, error) {
	n := &yaml.Node{Kind: yaml.SequenceNode, Style: yaml.FlowStyle}
	for _, s := range k {
		n.Content = append(n.Content, &yaml.Node{Kind: yaml.ScalarNode, Value: s})
	}
	return n, nil
}

// rebound is the keys as the key map's Rebind takes them.
func (c config) rebound() map[string][]string {
	if len(c.Keys) == 0 {
		return nil
	}
	m := make(map[string][]string, len(c.Keys))
	for k, v := range c.Keys {
		m[k] = v
	}
	return m
}

// configPath is the config file's path.
func configPath() string {
	dir, err := os.UserConfigDir()
	if err != nil {
		return ""
	}
	return filepath.Join(dir, "handoff", "config.yaml")
}

// loadConfig reads the config file at path. None is no error. A file that
// cannot be read or says something wrong gives an error naming the file,
// the line and the problem, and the defaults.
func loadConfig(path string) (config, error) {
	var c config
	if path == "" {
		return c, nil
	}
	data, err := os.ReadFile(path)
	if errors.Is(err, fs.ErrNotExist) {
		return c, nil
	}
	if err != nil {
		return config{}, i18n.Msg("%s could not be read: %v", path, err)
	}
	dec := yaml.NewDecoder(bytes.NewReader(data))
	dec.KnownFields(true)
	if err := dec.Decode(&c); err != nil && !errors.Is(err, io.EOF) { // io.EOF: empty, or comments only
		return config{}, i18n.Msg("%s: %s", path, yamlProblem(err))
	}
	var root yaml.Node
	yaml.Unmarshal(data, &root)
	if line, problem := c.check(); problem.Key != "" {
		return config{}, i18n.Msg("%s: line %d: %v", path, lineOf(&root, line...), problem)
	}
	return c, nil
}

// yamlProblem is the first problem a YAML error names, with its line:
// "line 2: no setting is called foo".
func yamlProblem(err error) string {
	msg := strings.TrimPrefix(err.Error(), "yaml: ")
	var te *yaml.TypeError
	if errors.As(err, &te) && len(te.Errors) > 0 {
		msg = te.Errors[0]
	}
	if before, field, ok := strings.Cut(msg, "field "); ok && strings.Contains(field, " not found in type ") {
		name, _, _ := strings.Cut(field, " not found in type ")
		return before + "no setting is called " + name
	}
	return strings.ReplaceAll(msg, "main.config", "the settings")
}

// check finds the first setting the app cannot use: where it is (the
// YAML keys down to it) and what is wrong.
func (c config) check() ([]string, i18n.Message) {
	if c.Lang != "" {
		if _, ok := i18n.Parse(c.Lang); !ok {
			return []string{"lang"}, i18n.Msg("unknown language %q; handoff speaks %s", c.Lang, i18n.Codes())
		}
	}
	switch c.Theme {
	case "", "auto", "dark", "light":
	default:
		return []string{"theme"}, i18n.Msg("theme is auto, dark or light, not %q", c.Theme)
	}
	for _, name := range sortedNames(c.Colors) {
		if !slices.Contains(ui.ColorNames, name) {
			return []string{"colors", name}, i18n.Msg("no colour is called %q; the colours are %s", name, strings.Join(ui.ColorNames, ", "))
		}
		if !ui.ValidColor(c.Colors[name]) {
			return []string{"colors", name}, i18n.Msg("%s: %q is no colour; write it as #rrggbb", name, c.Colors[name])
		}
	}
	km := ui.DefaultKeyMap(i18n.EN)
	if err := km.Rebind(c.rebound()); err != nil {
		name, _, _ := strings.Cut(err.Error(), ":")
		return []string{"keys", name}, i18n.Msg("keys: %v (handoff config lists every binding)", err)
	}
	return nil, i18n.Message{}
}

func sortedNames[V any](m map[string]V) []string {
	names := make([]string, 0, len(m))
	for k := range m {
		names = append(names, k)
	}
	slices.Sort(names)
	return names
}

// lineOf is the line of the setting at path in the file's YAML (the
// deepest key of it found; 1 when none is).
func lineOf(root *yaml.Node, path ...string) int {
	n, line := root, 1
	if n.Kind == yaml.DocumentNode && len(n.Content) > 0 {
		n = n.Content[0]
	}
	for _, key := range path {
		if n.Kind != yaml.MappingNode {
			break
		}
		var next *yaml.Node
		for i := 0; i+1 < len(n.Content); i += 2 {
			if n.Content[i].Value == key {
				line, next = n.Content[i].Line, n.Content[i+1]
			}
		}
		if next == nil {
			break
		}
		n = next
	}
	return line
}

// mouseOn is whether the mouse is on: the config's word, on by default.
func (c config) mouseOn() bool { return c.Mouse == nil || *c.Mouse }

// effective is the settings in force, as a config file would say them:
// what handoff config prints.
func (g *globals) effective() config {
	c := g.config
	c.Lang = g.lang.Code()
	if g.actor != "" { // --actor, $HANDOFF_ACTOR, else the file's
		c.Actor = g.actor
	}
	if c.Theme == "" {
		c.Theme = "auto"
	}
	mouse := g.mouse() // --no-mouse, else the file's
	c.Mouse = &mouse
	km := ui.DefaultKeyMap(i18n.EN)
	km.Rebind(c.rebound())
	c.Keys = map[string]keyList{}
	for _, b := range km.Bindings() {
		c.Keys[b.Name] = b.Keys
	}
	return c
}

// configText is the effective settings as YAML under comments naming the
// file (and whether there is one) and the debug log.
func (g *globals) configText() (string, error) {
	var b strings.Builder
	state := g.lang.T("read")
	if _, err := os.Stat(g.configPath); err != nil {
		state = g.lang.T("none: the defaults apply")
	} else if g.configErr != nil {
		state = g.lang.T("not used: the defaults apply")
	}
	fmt.Fprintf(&b, "# %s\n", g.lang.T("config file: %s (%s)", g.configPath, state))
	fmt.Fprintf(&b, "# %s\n", g.lang.T("debug log (--debug): %s", g.logPath()))
	enc := yaml.NewEncoder(&b)
	enc.SetIndent(2)
	if err := enc.Encode(g.effective()); err != nil {
		return "", err
	}
	return b.String(), enc.Close()
}
