package model

import (
	"strconv"

	"handoff/internal/i18n"
)

// Owners are the people answerable for a deal on each side.
type Owners struct {
	Sales    int64 `json:"sales"`
	Presales int64 `json:"presales"`
	Delivery int64 `json:"delivery"`
}

// Of is the owner for a role (0 for a role that owns no deal).
func (o Owners) Of(r Role) int64 {
	switch r {
	case RoleSales:
		return o.Sales
	case RolePresales:
		return o.Presales
	case RoleDelivery:
		return o.Delivery
	}
	return 0
}

// Deal is one sale on its way from sales to delivery.
type Deal struct {
	ID        int64  `json:"id"`
	Name      string `json:"name"`
	Customer  string `json:"customer"`
	Stage     Stage  `json:"stage"`
	Value     Money  `json:"value"`
	CloseDate Date   `json:"close_date"`
	Owners    Owners `json:"owners"`
	// WhyBuy is the customer's problem in their words: why they buy at all.
	WhyBuy string `json:"why_buy"`
	// Notes are internal: hidden when presenting, never in the report.
	Notes string `json:"notes"`
	// NotSold lists what was explicitly excluded from the deal.
	NotSold  []string `json:"not_sold"`
	Archived bool     `json:"archived"`
	// ReportLang is the language the deal's report is exported in (the
	// customer's), a code as --lang takes it; "" when not set.
	ReportLang string `json:"report_lang,omitempty"`
	Version    int64  `json:"version"`
}

// Validate checks the deal's fields.
func (d Deal) Validate() error {
	var p problems
	requireText(&p, "name", d.Name, maxName)
	limitText(&p, "customer", d.Customer, maxName)
	checkEnum(&p, "stage", "stage", d.Stage, Stages)
	if d.ReportLang != "" {
		if l, ok := i18n.Parse(d.ReportLang); !ok || l.Code() != d.ReportLang {
			p.add("report_lang", i18n.M("is not a language handoff speaks"))
		}
	}
	if d.Value.Minor < 0 {
		p.add("value", i18n.M("cannot be negative"))
	}
	if d.Value.Minor > MaxMinor {
		p.add("value", i18n.M("is too large"))
	}
	if d.Value.Currency != "" && !ValidCurrency(d.Value.Currency) {
		p.addMsg("currency", i18n.Msg("%s is not a currency code: use an ISO 4217 code in capitals, like EUR", strconv.Quote(d.Value.Currency)))
	}
	if d.Value.Minor > 0 && d.Value.Currency == "" {
		p.add("currency", i18n.M("is required when a value is given"))
	}
	checkRef(&p, "sales owner", d.Owners.Sales)
	checkRef(&p, "presales owner", d.Owners.Presales)
	checkRef(&p, "delivery owner", d.Owners.Delivery)
	limitText(&p, "why they buy", d.WhyBuy, maxText)
	limitText(&p, "notes", d.Notes, maxText)
	for i, s := range d.NotSold {
		requireText(&p, "not sold "+itoa(i+1), s, maxTitle)
	}
	return p.err()
}

// Owner returns the deal's owner for a role (0 when none or not an owner role).
func (d Deal) Owner(r Role) int64 {
	switch r {
	case RoleSales:
		return d.Owners.Sales
	case RolePresales:
		return d.Owners.Presales
	case RoleDelivery:
		return d.Owners.Delivery
	}
	return 0
}

// SetOwner sets the deal's owner for a sales, presales or delivery role.
func (d *Deal) SetOwner(r Role, person int64) {
	switch r {
	case RoleSales:
		d.Owners.Sales = person
	case RolePresales:
		d.Owners.Presales = person
	case RoleDelivery:
		d.Owners.Delivery = person
	}
}

func itoa(n int) string { return strconv.Itoa(n) }
