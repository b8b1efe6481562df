package ui

import (
	"encoding/json"
	"fmt"
)

// jsonMap reads a value — or a JSON text, when given a string — as a map
// of its fields.
func jsonMap(v any) map[string]any {
	var b []byte
	if s, ok := v.(string); ok {
		b = []byte(s)
	} else {
		b, _ = json.Marshal(v)
	}
	m := map[string]any{}
	_ = json.Unmarshal(b, &m)
	return m
}

func equalJSON(a, b any) bool { return fmt.Sprint(a) == fmt.Sprint(b) }
