package i18n

// handoff serve, SSH keys and backups.
func init() {
	Register(PL, map[string]string{
		"%s does not run over SSH; these do: %s":                                                        "%s nie działa przez SSH; działają: %s",
		"%s ends more than one key's fingerprint; give the whole fingerprint":                           "%s kończy odcisk więcej niż jednego klucza; podaj cały odcisk",
		"%s is the database itself; name another file for the copy":                                     "%s to sama baza danych; wskaż inny plik na kopię",
		"%s no longer signs in with %s":                                                                 "%s nie loguje się już kluczem %s",
		"%s signs in with %s":                                                                           "%s loguje się kluczem %s",
		"Over SSH nothing is written on the server; get the report with: ssh … export --deal %d > FILE": "Przez SSH nic nie jest zapisywane na serwerze; raport pobierzesz poleceniem: ssh … export --deal %d > PLIK",
		"handoff: the server is full or stopping; try again in a moment":                                "handoff: serwer jest pełny albo się zatrzymuje; spróbuj za chwilę",
		"Permission denied": "Odmowa dostępu",
		"SSH keys":          "Klucze SSH",
		"The server is stopping; what you saved is kept. Connect again when it is back.": "Serwer się zatrzymuje; to, co zapisano, zostaje. Połącz się ponownie, gdy wróci.",
		"backup: %s": "backup: %s",
		"backup: name the file to write: handoff backup PATH":                                      "backup: wskaż plik do zapisania: handoff backup ŚCIEŻKA",
		"export: -o writes on the server; over SSH the export comes to you: ssh … export > FILE":   "export: -o zapisuje na serwerze; przez SSH eksport trafia do ciebie: ssh … export > PLIK",
		"handoff: something went wrong on the server; this session ends, nothing else is affected": "handoff: na serwerze coś poszło nie tak; ta sesja się kończy, nic innego nie ucierpiało",
		"keys: %q is nobody in the directory":                                                      "keys: %q nie ma w katalogu osób",
		"keys: %s is neither a public key nor a file one is in":                                    "keys: %s nie jest ani kluczem publicznym, ani plikiem z kluczem",
		"keys: %s": "keys: %s",
		"keys: use keys, keys add PERSON KEY|FILE, or keys remove FINGERPRINT":         "keys: użyj keys, keys add OSOBA KLUCZ|PLIK lub keys remove ODCISK",
		"no key has the fingerprint %s":                                                "żaden klucz nie ma odcisku %s",
		"no keys; add one with: handoff keys add PERSON KEY|FILE":                      "brak kluczy; dodaj klucz: handoff keys add OSOBA KLUCZ|PLIK",
		"no terminal: ask for one (ssh -t) or give a command: %s":                      "brak terminala: poproś o niego (ssh -t) albo podaj polecenie: %s",
		"not an SSH public key (%s)":                                                   "to nie jest klucz publiczny SSH (%s)",
		"not over SSH: the server chooses the database, and your key says who you are": "nie przez SSH: bazę danych wybiera serwer, a to, kim jesteś, mówi twój klucz",
		"serve: %s": "serve: %s",
		"serve: --max-sessions must be 1 or more":   "serve: --max-sessions musi wynosić co najmniej 1",
		"serve: cannot listen on %s: %s":            "serve: nie można nasłuchiwać na %s: %s",
		"serve: cannot make the host key %s: %s":    "serve: nie można utworzyć klucza hosta %s: %s",
		"the database is closed; nothing was saved": "baza danych jest zamknięta; nic nie zapisano",
		"the key %s belongs to %s already":          "klucz %s należy już do: %s",
		"wrote %s, a copy of %s":                    "zapisano %s, kopię %s",
	}, map[string]Forms{
		"%d keys: %s …": {One: "%d klucz: %s", Few: "%d klucze: %s …", Many: "%d kluczy: %s …", Other: "%d klucza: %s …"},
	})
}
