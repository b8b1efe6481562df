package main

import "io"

// cmdConfig prints where the config file is and the settings in effect.
func cmdConfig(g *globals, args []string, stdout io.Writer) error {
	fs := newFlags("config", g)
	if _, ok, err := g.parseFlags(fs, args, noArgs, stdout); !ok {
		return err
	}
	return nil
}
