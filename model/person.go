package model

import (
	"strings"
	"unicode/utf8"

	"handoff/internal/i18n"
)

// Person is someone who promises, answers, owns or signs. One directory is
// shared by every deal.
type Person struct {
	ID      int64  `json:"id"`
	Name    string `json:"name"`
	Role    Role   `json:"role"`
	Email   string `json:"email,omitempty"`
	Version int64  `json:"version"`
	// Removed: taken out of the directory. Rows that name them keep the
	// name, shown marked "(removed)"; nobody can be newly given them.
	Removed bool `json:"-"`
}

// DisplayName is the name as rows that name the person show it: marked
// "(removed)" once they left the directory.
func (p Person) DisplayName() string {
	if p.Removed {
		return p.Name + " (removed)"
	}
	return p.Name
}

// Validate checks the person's fields.
func (p Person) Validate() error {
	var pr problems
	requireText(&pr, "name", p.Name, maxName)
	checkEnum(&pr, "role", "role", p.Role, Roles)
	if p.Email != "" && (!strings.Contains(p.Email, "@") || strings.ContainsAny(p.Email, " \t\n")) {
		pr.addMsg("email", i18n.Msg("%s is not an email address", p.Email))
	}
	return pr.err()
}

// Length limits for text fields, in characters.
const (
	maxName  = 200
	maxTitle = 300
	maxText  = 20000
)

// requireText records a problem when s is blank or too long.
func requireText(p *problems, field, s string, limit int) {
	if strings.TrimSpace(s) == "" {
		p.add(field, i18n.M("is required"))
		return
	}
	limitText(p, field, s, limit)
}

// limitText records a problem when s is longer than limit characters.
func limitText(p *problems, field, s string, limit int) {
	if n := utf8.RuneCountInString(s); n > limit {
		p.addMsg(field, i18n.Msg("is too long (at most %d characters)", limit))
	}
}

func checkRef(p *problems, field string, id int64) {
	if id < 0 {
		p.add(field, i18n.M("is not a valid reference"))
	}
}
