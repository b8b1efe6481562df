package main

import "io"

// cmdConfig prints where the config file is and the settings in effect,
// as YAML a config file could hold (every binding by name, with its keys).
func cmdConfig(g *globals, args []string, stdout io.Writer) error {
	fs := newFlags("config", g)
	if _, ok, err := g.parseFlags(fs, args, noArgs, stdout); !ok {
		return err
	}
	text, err := g.configText()
	if err != nil {
		return err
	}
	_, err = io.WriteString(stdout, text)
	return err
}
