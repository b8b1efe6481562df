package i18n

// handoff serve, SSH keys and backups.
func init() {
	Register(IT, map[string]string{
		"%s does not run over SSH; these do: %s":                                                        "%s non funziona via SSH; funzionano: %s",
		"%s ends more than one key's fingerprint; give the whole fingerprint":                           "più di un'impronta di chiave finisce con %s; indica l'impronta intera",
		"%s is the database itself; name another file for the copy":                                     "%s è il database stesso; indica un altro file per la copia",
		"%s no longer signs in with %s":                                                                 "%s non accede più con %s",
		"%s signs in with %s":                                                                           "%s accede con %s",
		"Over SSH nothing is written on the server; get the report with: ssh … export --deal %d > FILE": "Via SSH non si scrive nulla sul server; ottieni il report con: ssh … export --deal %d > FILE",
		"handoff: the server is full or stopping; try again in a moment":                                "handoff: il server è pieno o si sta fermando; riprova tra un momento",
		"Permission denied": "Accesso negato",
		"SSH keys":          "Chiavi SSH",
		"The server is stopping; what you saved is kept. Connect again when it is back.": "Il server si sta fermando; ciò che hai salvato resta. Ricollegati quando torna disponibile.",
		"backup: %s": "backup: %s",
		"backup: name the file to write: handoff backup PATH":                                      "backup: indica il file da scrivere: handoff backup PERCORSO",
		"export: -o writes on the server; over SSH the export comes to you: ssh … export > FILE":   "export: -o scrive sul server; via SSH l'esportazione arriva a te: ssh … export > FILE",
		"handoff: something went wrong on the server; this session ends, nothing else is affected": "handoff: qualcosa è andato storto sul server; questa sessione termina, nient'altro ne risente",
		"keys: %q is nobody in the directory":                                                      "keys: %q non è nella rubrica",
		"keys: %s is neither a public key nor a file one is in":                                    "keys: %s non è né una chiave pubblica né un file che ne contiene una",
		"keys: %s": "keys: %s",
		"keys: use keys, keys add PERSON KEY|FILE, or keys remove FINGERPRINT":         "keys: usa keys, keys add PERSONA CHIAVE|FILE oppure keys remove IMPRONTA",
		"no key has the fingerprint %s":                                                "nessuna chiave ha l'impronta %s",
		"no keys; add one with: handoff keys add PERSON KEY|FILE":                      "nessuna chiave; aggiungine una con: handoff keys add PERSONA CHIAVE|FILE",
		"no terminal: ask for one (ssh -t) or give a command: %s":                      "nessun terminale: richiedine uno (ssh -t) o indica un comando: %s",
		"not an SSH public key (%s)":                                                   "non è una chiave pubblica SSH (%s)",
		"not over SSH: the server chooses the database, and your key says who you are": "non via SSH: il database lo sceglie il server, e chi sei lo dice la tua chiave",
		"serve: %s": "serve: %s",
		"serve: --max-sessions must be 1 or more":   "serve: --max-sessions deve essere almeno 1",
		"serve: cannot listen on %s: %s":            "serve: impossibile mettersi in ascolto su %s: %s",
		"serve: cannot make the host key %s: %s":    "serve: impossibile creare la chiave host %s: %s",
		"the database is closed; nothing was saved": "il database è chiuso; non è stato salvato nulla",
		"the key %s belongs to %s already":          "la chiave %s appartiene già a %s",
		"wrote %s, a copy of %s":                    "scritto %s, una copia di %s",
	}, map[string]Forms{
		"%d keys: %s …": {One: "%d chiave: %s", Other: "%d chiavi: %s …"},
	})
}
