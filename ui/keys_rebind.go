package ui

import (
	"fmt"
	"reflect"
	"slices"
	"strings"
	"unicode"

	"charm.land/bubbles/v2/key"
)

// Rebinding: the config file names a binding by its group and its name in
// the key map, in lower case ("deals.new", "global.quit", "list.down"),
// and gives the keys it answers to instead. Rebind is a step of its own
// over a built key map, whatever built it.

// BindingName is one binding's name and keys, as the config file and
// handoff config write them.
type BindingName struct {
	Name string
	Keys []string
}

// Bindings lists every binding of the key map by name, in the key map's
// order.
func (km *KeyMap) Bindings() []BindingName {
	var out []BindingName
	km.each(func(name string, b *key.Binding) {
		out = append(out, BindingName{Name: name, Keys: b.Keys()})
	})
	return out
}

// Rebind gives the named bindings new keys; their help shows the new keys
// (joined with "/"), and nothing else changes. An unknown name, a binding
// left with no key, or a key another binding of the same group already
// answers to, is an error naming it, and then nothing is changed.
func (km *KeyMap) Rebind(keys map[string][]string) error {
	next := *km
	found := map[string]bool{}
	var err error
	next.each(func(name string, b *key.Binding) {
		ks, ok := keys[name]
		if !ok || err != nil {
			return
		}
		found[name] = true
		if len(ks) == 0 || slices.Contains(ks, "") {
			err = fmt.Errorf("%s: no key given", name)
			return
		}
		b.SetKeys(ks...)
		b.SetHelp(strings.Join(ks, "/"), b.Help().Desc)
	})
	if err != nil {
		return err
	}
	for _, name := range sortedKeys(keys) {
		if !found[name] {
			return fmt.Errorf("%s: no such binding", name)
		}
	}
	if err := next.clash(keys); err != nil {
		return err
	}
	*km = next
	return nil
}

// clash finds a rebound key that another binding of its group answers to.
func (km *KeyMap) clash(rebound map[string][]string) error {
	owner := map[string]string{} // group + key → binding
	var err error
	km.each(func(name string, b *key.Binding) {
		group, _, _ := strings.Cut(name, ".")
		for _, k := range b.Keys() {
			other, taken := owner[group+" "+k]
			_, mine := rebound[name]
			_, theirs := rebound[other]
			switch {
			case !taken || err != nil:
			case mine:
				err = fmt.Errorf("%s: %q is already %s", name, k, other)
			case theirs:
				err = fmt.Errorf("%s: %q is already %s", other, k, name)
			}
			owner[group+" "+k] = name
		}
	})
	return err
}

// each calls f with every binding of the key map and its name.
func (km *KeyMap) each(f func(name string, b *key.Binding)) {
	groups := reflect.ValueOf(km).Elem()
	bindingType := reflect.TypeFor[key.Binding]()
	for i := range groups.NumField() {
		group := groups.Field(i)
		if group.Kind() != reflect.Struct {
			continue
		}
		for j := range group.NumField() {
			if group.Field(j).Type() == bindingType {
				name := lowerName(groups.Type().Field(i).Name) + "." + lowerName(group.Type().Field(j).Name)
				f(name, group.Field(j).Addr().Interface().(*key.Binding))
			}
		}
	}
}

// lowerName is a Go name as the config file writes it: "DealPane" is
// "dealpane".
func lowerName(s string) string {
	return strings.Map(unicode.ToLower, s)
}

func sortedKeys(m map[string][]string) []string {
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	slices.Sort(keys)
	return keys
}
