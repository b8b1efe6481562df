package model

// ArchiveFormat names the JSON export format; ArchiveVersion is its version.
const (
	ArchiveFormat  = "handoff-export"
	ArchiveVersion = 1
)

// Archive is the full data of a database, or of some of its deals: what
// "handoff export --format json" writes and "handoff import" reads. Keys
// come out in the order of the fields, so the same data gives the same
// bytes. The history is not part of it: it stays with the file it
// happened in, and an import records its own.
type Archive struct {
	Format     string      `json:"format"`
	Version    int         `json:"version"`
	People     []Person    `json:"people"`
	WatchWords []WatchWord `json:"watch_words"`
	Deals      []Dossier   `json:"deals"`
}

// NewArchive returns an empty archive of the current format.
func NewArchive() Archive {
	return Archive{Format: ArchiveFormat, Version: ArchiveVersion, People: []Person{}, WatchWords: []WatchWord{}, Deals: []Dossier{}}
}
