package i18n

// Italian: bulk work and the order of lists (see docs/terms.md).
func init() {
	Register(IT, map[string]string{
		"mark / unmark":   "seleziona/deseleziona",
		"Nothing marked.": "Nessuna selezione.",
		"%s · “%s”":       "%s · «%s»",
		"(now)":           "(attuale)",
		"Only a term with a glossary entry can be marked; enter defines “%s” first.": "Si può selezionare solo un termine presente nel glossario; prima enter definisce «%s».",
		"Only what you set here changes; the rest stays as each gap has it.":         "Cambia solo ciò che imposti qui; il resto resta com'è in ogni scostamento.",
		"Sort %s by": "Ordina %s per",
		"as added":   "in ordine di inserimento",
		"as each is": "invariato",
		"s agrees them with the same people, esc unmarks": "s li concorda con le stesse persone, esc toglie la selezione",
		"someone changed one of these rows meanwhile (another window or person), so nothing was saved; look again and repeat the change": "qualcuno ha modificato una di queste righe nel frattempo (un'altra finestra o persona), quindi non è stato salvato nulla; ricontrolla e ripeti la modifica",
		"sort by…":            "ordina per…",
		"u undoes all of it.": "u annulla tutto.",
		"↑ is the earliest date, A to Z, the lowest first; ↓ the other way. Ties keep the pane's own order.": "↑ è la data più vicina, dalla A alla Z, il più basso prima; ↓ al contrario. A parità resta l'ordine del riquadro.",
	}, map[string]Forms{
		"%d marked: %s act on all of them at once; esc unmarks.": {One: "%d selezionato: %s agiscono su di esso; esc toglie la selezione.", Other: "%d selezionati: %s agiscono su tutti insieme; esc toglie la selezione."},
		"%d marked":                       {One: "%d selezionato", Other: "%d selezionati"},
		"%d gaps now owned by %s.":        {One: "%d scostamento ora ha come responsabile %s.", Other: "%d scostamenti ora hanno come responsabile %s."},
		"%d promises now promised by %s.": {One: "%d promessa ora fatta da %s.", Other: "%d promesse ora fatte da %s."},
		"Agree %d terms":                  {One: "Concorda %d termine", Other: "Concorda %d termini"},
		"Agreed %d terms.":                {One: "%d termine concordato.", Other: "%d termini concordati."},
		"Change %d gaps":                  {One: "Modifica %d scostamento", Other: "Modifica %d scostamenti"},
		"Changed %d gaps.":                {One: "%d scostamento modificato.", Other: "%d scostamenti modificati."},
		"Changed %d promises.":            {One: "%d promessa modificata.", Other: "%d promesse modificate."},
		"Verification of %d promises":     {One: "Verifica di %d promessa", Other: "Verifica di %d promesse"},
		"agree %d terms":                  {One: "concordare %d termine", Other: "concordare %d termini"},
		"change %d gaps":                  {One: "modifica di %d scostamento", Other: "modifica di %d scostamenti"},
		"change %d promises":              {One: "modifica di %d promessa", Other: "modifica di %d promesse"},
		"owner of %d gaps":                {One: "responsabile di %d scostamento", Other: "responsabile di %d scostamenti"},
		"who promised %d promises":        {One: "chi ha fatto %d promessa", Other: "chi ha fatto %d promesse"},
	})
}
