package i18n

// handoff serve, SSH keys and backups.
func init() {
	Register(DE, map[string]string{
		"%s does not run over SSH; these do: %s":                                                        "%s läuft nicht über SSH; diese schon: %s",
		"%s ends more than one key's fingerprint; give the whole fingerprint":                           "Mehr als ein Schlüssel-Fingerabdruck endet auf %s; geben Sie den ganzen Fingerabdruck an",
		"%s is the database itself; name another file for the copy":                                     "%s ist die Datenbank selbst; nennen Sie eine andere Datei für die Kopie",
		"%s no longer signs in with %s":                                                                 "%s meldet sich nicht mehr mit %s an",
		"%s signs in with %s":                                                                           "%s meldet sich mit %s an",
		"Over SSH nothing is written on the server; get the report with: ssh … export --deal %d > FILE": "Über SSH wird auf dem Server nichts geschrieben; den Bericht erhalten Sie mit: ssh … export --deal %d > DATEI",
		"handoff: the server is full or stopping; try again in a moment":                                "handoff: Der Server ist voll oder wird beendet; versuchen Sie es gleich noch einmal",
		"Permission denied": "Zugriff verweigert",
		"SSH keys":          "SSH-Schlüssel",
		"The server is stopping; what you saved is kept. Connect again when it is back.": "Der Server wird beendet; Gespeichertes bleibt erhalten. Verbinden Sie sich erneut, wenn er wieder läuft.",
		"backup: %s": "backup: %s",
		"backup: name the file to write: handoff backup PATH":                                      "backup: nennen Sie die Zieldatei: handoff backup PFAD",
		"export: -o writes on the server; over SSH the export comes to you: ssh … export > FILE":   "export: -o schreibt auf dem Server; über SSH kommt der Export zu Ihnen: ssh … export > DATEI",
		"handoff: something went wrong on the server; this session ends, nothing else is affected": "handoff: auf dem Server ist etwas schiefgegangen; diese Sitzung endet, sonst ist nichts betroffen",
		"keys: %q is nobody in the directory":                                                      "keys: %q steht nicht im Personenverzeichnis",
		"keys: %s is neither a public key nor a file one is in":                                    "keys: %s ist weder ein öffentlicher Schlüssel noch eine Datei mit einem",
		"keys: %s": "keys: %s",
		"keys: use keys, keys add PERSON KEY|FILE, or keys remove FINGERPRINT":         "keys: verwenden Sie keys, keys add PERSON SCHLÜSSEL|DATEI oder keys remove FINGERABDRUCK",
		"no key has the fingerprint %s":                                                "kein Schlüssel hat den Fingerabdruck %s",
		"no keys; add one with: handoff keys add PERSON KEY|FILE":                      "keine Schlüssel; hinzufügen mit: handoff keys add PERSON SCHLÜSSEL|DATEI",
		"no terminal: ask for one (ssh -t) or give a command: %s":                      "kein Terminal: fordern Sie eines an (ssh -t) oder geben Sie einen Befehl an: %s",
		"not an SSH public key (%s)":                                                   "kein öffentlicher SSH-Schlüssel (%s)",
		"not over SSH: the server chooses the database, and your key says who you are": "nicht über SSH: Die Datenbank wählt der Server, und wer Sie sind, sagt Ihr Schlüssel",
		"serve: %s": "serve: %s",
		"serve: --max-sessions must be 1 or more":   "serve: --max-sessions muss mindestens 1 sein",
		"serve: cannot listen on %s: %s":            "serve: kann nicht auf %s lauschen: %s",
		"serve: cannot make the host key %s: %s":    "serve: kann den Host-Schlüssel %s nicht anlegen: %s",
		"the database is closed; nothing was saved": "die Datenbank ist geschlossen; nichts wurde gespeichert",
		"the key %s belongs to %s already":          "der Schlüssel %s gehört bereits %s",
		"wrote %s, a copy of %s":                    "%s geschrieben, eine Kopie von %s",
	}, map[string]Forms{
		"%d keys: %s …": {One: "%d Schlüssel: %s", Other: "%d Schlüssel: %s …"},
	})
}
