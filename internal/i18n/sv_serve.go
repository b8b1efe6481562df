package i18n

// handoff serve, SSH keys and backups.
func init() {
	Register(SV, map[string]string{
		"%s does not run over SSH; these do: %s":                                                        "%s går inte att köra över SSH; de här går: %s",
		"%s ends more than one key's fingerprint; give the whole fingerprint":                           "fler än ett nyckelfingeravtryck slutar på %s; ange hela fingeravtrycket",
		"%s is the database itself; name another file for the copy":                                     "%s är själva databasen; ange en annan fil för kopian",
		"%s no longer signs in with %s":                                                                 "%s loggar inte längre in med %s",
		"%s signs in with %s":                                                                           "%s loggar in med %s",
		"Over SSH nothing is written on the server; get the report with: ssh … export --deal %d > FILE": "Över SSH skrivs inget på servern; hämta rapporten med: ssh … export --deal %d > FIL",
		"handoff: the server is full or stopping; try again in a moment":                                "handoff: servern är full eller håller på att stängas; försök igen om en stund",
		"Permission denied": "Åtkomst nekad",
		"SSH keys":          "SSH-nycklar",
		"The server is stopping; what you saved is kept. Connect again when it is back.": "Servern stängs; det du har sparat finns kvar. Anslut igen när den är tillbaka.",
		"backup: %s": "backup: %s",
		"backup: name the file to write: handoff backup PATH":                                      "backup: ange filen att skriva: handoff backup SÖKVÄG",
		"export: -o writes on the server; over SSH the export comes to you: ssh … export > FILE":   "export: -o skriver på servern; över SSH kommer exporten till dig: ssh … export > FIL",
		"handoff: something went wrong on the server; this session ends, nothing else is affected": "handoff: något gick fel på servern; den här sessionen avslutas, inget annat påverkas",
		"keys: %q is nobody in the directory":                                                      "keys: %q finns inte i personkatalogen",
		"keys: %s is neither a public key nor a file one is in":                                    "keys: %s är varken en publik nyckel eller en fil med en",
		"keys: %s": "keys: %s",
		"keys: use keys, keys add PERSON KEY|FILE, or keys remove FINGERPRINT":         "keys: använd keys, keys add PERSON NYCKEL|FIL eller keys remove FINGERAVTRYCK",
		"no key has the fingerprint %s":                                                "ingen nyckel har fingeravtrycket %s",
		"no keys; add one with: handoff keys add PERSON KEY|FILE":                      "inga nycklar; lägg till en med: handoff keys add PERSON NYCKEL|FIL",
		"no terminal: ask for one (ssh -t) or give a command: %s":                      "ingen terminal: be om en (ssh -t) eller ange ett kommando: %s",
		"not an SSH public key (%s)":                                                   "inte en publik SSH-nyckel (%s)",
		"not over SSH: the server chooses the database, and your key says who you are": "inte över SSH: servern väljer databasen, och din nyckel säger vem du är",
		"serve: %s": "serve: %s",
		"serve: --max-sessions must be 1 or more":   "serve: --max-sessions måste vara minst 1",
		"serve: cannot listen on %s: %s":            "serve: kan inte lyssna på %s: %s",
		"serve: cannot make the host key %s: %s":    "serve: kan inte skapa värdnyckeln %s: %s",
		"the database is closed; nothing was saved": "databasen är stängd; inget sparades",
		"the key %s belongs to %s already":          "nyckeln %s tillhör redan %s",
		"wrote %s, a copy of %s":                    "skrev %s, en kopia av %s",
	}, map[string]Forms{
		"%d keys: %s …": {One: "%d nyckel: %s", Other: "%d nycklar: %s …"},
	})
}
