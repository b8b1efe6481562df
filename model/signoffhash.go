package model

// A sign-off records a hash of each report section and one over them all,
// so that later edits can be named by section ("promises changed since Ada
// signed"). The hashes cover a canonical form of the data each section
// shows (canonhash.go), so only what a reader of the report would see
// counts as a change, in whatever language they read it.

// ReportSectionNames lists the sections a sign-off covers, in the order
// their hashes are combined.
func ReportSectionNames() []string {
	return []string{"summary", "definitions", "promises", "reality", "gaps", "decisions", "not sold", "readiness"}
}

// ReportSections are the report's sections that a sign-off covers, as the
// English page shows them (what a legacy hash was over) —
// everything but the generated-at line and the sign-off section — as name
// → markdown. "summary" includes the title, customer and stage at the top
// of the report; "readiness" the readiness line and the blockers.
func ReportSections(d *Dossier) map[string]string {
	return newReport(d).parts().sections()
}

// ReportHash is "canonical-sha256:<hex>" over the sections in a fixed
// order, and each section's own hash, for a sign-off to record. It renders
// nothing.
func ReportHash(d *Dossier) (overall string, sections map[string]string) {
	return newReport(d).canonicalHash()
}

// hashes are a deal's current hashes to compare sign-offs with: the
// canonical ones, and the legacy ones worked out only when a sign-off
// recorded before the canonical form asks for them.
type hashes struct {
	d              *Dossier
	overall        string
	per            map[string]string
	legacy         bool
	legacyOverall  string
	legacySections map[string]string
}

func newHashes(d *Dossier, overall string, per map[string]string) *hashes {
	return &hashes{d: d, overall: overall, per: per}
}

func (h *hashes) of(s SignOff) (string, map[string]string) {
	if !IsLegacyHash(s.ReportHash) {
		return h.overall, h.per
	}
	if !h.legacy {
		h.legacy = true
		h.legacyOverall, h.legacySections = LegacyReportHash(h.d)
	}
	return h.legacyOverall, h.legacySections
}

func (h *hashes) changed(s SignOff) []string {
	overall, per := h.of(s)
	return changedSince(s, overall, per)
}

// ChangedSince names the sections that changed since a sign-off (nil:
// unchanged). A sign-off that recorded no section hashes can only tell
// that something changed: it gets "report".
func ChangedSince(s SignOff, d *Dossier) []string {
	overall, per := ReportHash(d)
	return newHashes(d, overall, per).changed(s)
}

// ChangesSinceSignOff is ChangedSince for the deal's latest sign-off (nil
// when there is none or nothing changed).
func ChangesSinceSignOff(d *Dossier) []string {
	latest, ok := LatestSignOff(d)
	if !ok {
		return nil
	}
	return ChangedSince(latest, d)
}

// LatestSignOff is the deal's most recent sign-off, if any.
func LatestSignOff(d *Dossier) (SignOff, bool) {
	if len(d.SignOffs) == 0 {
		return SignOff{}, false
	}
	latest := d.SignOffs[0]
	for _, s := range d.SignOffs[1:] {
		if s.SignedAt.After(latest.SignedAt) || (s.SignedAt.Equal(latest.SignedAt) && s.ID > latest.ID) {
			latest = s
		}
	}
	return latest, true
}

// SignOffChanges says, for each of the deal's sign-offs by id, which
// sections changed since it (nil: unchanged), hashing the deal once for
// all of them.
func SignOffChanges(d *Dossier) map[int64][]string {
	if len(d.SignOffs) == 0 {
		return nil
	}
	overall, per := ReportHash(d)
	h := newHashes(d, overall, per)
	out := make(map[int64][]string, len(d.SignOffs))
	for _, s := range d.SignOffs {
		out[s.ID] = h.changed(s)
	}
	return out
}

func changedSince(s SignOff, overall string, per map[string]string) []string {
	if s.ReportHash == overall {
		return nil
	}
	var out []string
	if len(s.Sections) > 0 {
		for _, name := range ReportSectionNames() {
			if s.Sections[name] != per[name] {
				out = append(out, name)
			}
		}
	}
	if len(out) == 0 {
		return []string{"report"}
	}
	return out
}
