package model

import (
	"strconv"
	"strings"
)

// FindDeal finds the deal a person means by ref: an id, an exact name, a
// name in any case, or words contained in exactly one name. It returns the
// deal when exactly one matches, and all candidates at the most specific
// level that matched anything.
func FindDeal(deals []Deal, ref string) (Deal, []Deal) {
	ref = strings.TrimSpace(ref)
	if id, err := strconv.ParseInt(ref, 10, 64); err == nil {
		for _, d := range deals {
			if d.ID == id {
				return d, []Deal{d}
			}
		}
	}
	levels := []func(Deal) bool{
		func(d Deal) bool { return d.Name == ref },
		func(d Deal) bool { return strings.EqualFold(d.Name, ref) },
		func(d Deal) bool { return strings.Contains(strings.ToLower(d.Name), strings.ToLower(ref)) },
	}
	for _, match := range levels {
		var found []Deal
		for _, d := range deals {
			if match(d) {
				found = append(found, d)
			}
		}
		if len(found) == 1 {
			return found[0], found
		}
		if len(found) > 1 {
			return Deal{}, found
		}
	}
	return Deal{}, nil
}
