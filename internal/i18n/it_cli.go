package i18n

// The command line: usage, flags, command messages and errors.
func init() {
	Register(IT, map[string]string{
		cliUsage: `handoff — tieni d'occhio lo scostamento tra ciò che le vendite hanno promesso e ciò che la produzione può realizzare.

Uso:
  handoff [--db PERCORSO] [comando]

Comandi:
  (nessuno)  apre l'applicazione da terminale sul database
  demo       apre l'applicazione su un database temporaneo con trattative di esempio
  sample     aggiunge al database le trattative di esempio (rifiutato se ci sono
             già; flag: --allow-duplicates le aggiunge di nuovo)
  check      stampa la prontezza al passaggio e gli ostacoli; uscita 0 pronta,
             1 non pronta, 2 errore
             flag: --deal ID|NOME
                    --format text|json  (json: il feed di prontezza, vedi README)
  export     scrive il rapporto di passaggio di una trattativa (markdown) o i dati in JSON
             flag: --deal ID|NOME  la trattativa; senza, il markdown è il rapporto di
                                    ogni trattativa aperta uno dopo l'altro, il JSON
                                    è ogni trattativa
                    --format markdown|json  (predefinito markdown)
                    --audience internal|customer  markdown per il team (predefinito)
                                    o la copia per il cliente: senza importi,
                                    effort venduto, note interne, decisioni
                                    né scostamenti
                    -o FILE         scrive FILE (per intero o per niente) invece di stdout
  import     importa FILE: un export JSON, tutto o niente (in un database vuoto
             mantiene gli id, così export → import → export dà lo stesso file);
             oppure le promesse di un file CSV con una riga di intestazione che
             nomina una qualsiasi delle colonne
             title,detail,category,priority,promised_by,source,source_ref,made_on,
             due,verification,problem,budget_days (solo title è obbligatoria; una
             riga errata rifiuta l'intero file; un promised_by sconosciuto viene
             aggiunto come vendite)
             flag: --deal ID|NOME  la trattativa a cui appartengono le promesse del CSV
                    --create        crea la trattativa (fase lead) se nessuna ha quel nome
                    --allow-duplicates  aggiunge trattative (stesso nome e cliente)
                                    o promesse (stesso titolo e source_ref nella
                                    trattativa) che il database contiene già
  confirm    registra la risposta scritta del cliente alla copia per il cliente:
             le promesse (P1 …) e le definizioni (T1 …) indicate, o --all; una
             promessa confermata passa a confermata, per una definizione il cliente
             conta come d'accordo
             flag: --deal ID|NOME  la trattativa
                    --by NOME       chi ha risposto presso il cliente (un nome nuovo
                                    entra nella rubrica come cliente)
                    --ref RIF       dove si trova la risposta («email 2026-12-10»)
                    --on DATA       il giorno della risposta (predefinito oggi)
                    --all           ogni promessa e ogni definizione
                    --not-as-written TESTO  cosa ha scritto invece: la promessa
                                    mantiene la sua verifica e si apre uno
                                    scostamento; una definizione diventa contestata
  words      elenca le parole di allerta del team (oltre a quelle integrate);
             words add PAROLA…, words remove PAROLA… le cambiano («odbiór*»:
             qualsiasi desinenza)
             flag: --format text|json  (l'elenco; json per gli script)
  agenda     le voci aperte di una persona in tutte le trattative, prima le scadute:
             gli scostamenti di cui è responsabile, valutazioni attese (responsabile
             della produzione), termini da concordare (responsabile vendite e
             presales), approvazioni in attesa (trattative al passaggio)
             flag: --owner NOME    di chi è l'agenda (predefinito: l'attore, per nome)
                    --overdue       solo le voci scadute
                    --within 7d     solo le voci in scadenza entro 7 giorni
                                    (2w: 14), comprese le scadute
                    --format text|json|ics  (ics: un file iCalendar da importare)
  outcome    registra l'esito di una promessa quando la trattativa è in
             erogazione: outcome P1 kept|late|changed|dropped|broken (late conta i
             giorni dalla scadenza; changed e dropped collegano l'accordo);
             rifiutato (codice 2) per una trattativa non ancora in erogazione
             flag: --deal ID|NOME   la trattativa
                    --note TESTO    una nota accanto all'esito
                    --on DATA       il giorno (predefinito oggi)
  kept       promesse fatte contro promesse mantenute, in tutte le trattative:
             mantenute, in ritardo, modificate, ritirate, non mantenute, per
             trattativa, categoria, fonte, verifica e copertura al passaggio
             (mai per persona)
             flag: --since DATA     solo esiti registrati da quel giorno
                    --format text|json
  keys       elenca le chiavi SSH con cui le persone accedono a serve; keys add
             PERSONA CHIAVE|FILE dà a una persona della rubrica una chiave pubblica
             (un file .pub o la chiave stessa), keys remove IMPRONTA ne toglie una
  serve      offre l'app e i comandi via SSH alle persone le cui chiavi sono in
             rubrica, su questo unico file di database
             flag: --listen INDIRIZZO dove ascoltare (predefinito 127.0.0.1:23234;
                                    un altro indirizzo solo se indicato)
                    --host-key PERCORSO la chiave del server, creata al primo
                                    avvio, 0600 (predefinito:
                                    handoff_host_ed25519_key accanto al database)
                    --idle-timeout 30m  chiude una connessione inattiva da tanto
                    --max-session 12h   chiude una connessione aperta da tanto
                    --max-sessions 32   sessioni insieme; le altre sono rifiutate
  backup     backup PERCORSO scrive una copia coerente del database (0600), anche
             mentre l'app o serve lo tengono aperto e ci scrivono
  config     stampa dove si trova il file di configurazione e le impostazioni in vigore
  completion stampa uno script di completamento: completion bash|zsh|fish
  man        stampa la pagina di manuale (roff, per man -l -)
  version    stampa la versione dell'app e la versione dello schema (quella del
             database è letta dal suo file, che non viene mai creato né modificato)

Flag globali:
  --db PERCORSO  il file del database (predefinito: $HANDOFF_DB, altrimenti %s)
  --actor NOME   a nome di chi si registrano le modifiche (predefinito:
                 $HANDOFF_ACTOR, altrimenti l'utente del sistema)
  --lang LINGUA  la lingua: en, pl, de, sv, it o zh (predefinito: $HANDOFF_LANG,
                 altrimenti $LC_ALL, $LC_MESSAGES o $LANG; altrimenti inglese)
  --debug        scrive un log dell'esecuzione nella cartella di stato (dove, lo
                 dice handoff config)
  --no-mouse     lascia il mouse al terminale (configurazione: mouse: false)
  --version      stampa la versione dell'app
  -h, --help     mostra questo aiuto

check, export, agenda e l'elenco delle parole leggono soltanto: senza database
escono con 2. Gli altri ne creano uno se manca: sul percorso predefinito con le
sue cartelle; su un percorso indicato solo in una cartella esistente (e
l'applicazione da terminale chiede prima).

Codici di uscita: 0 successo, 1 non pronta o niente da fare, 2 errore d'uso o di dati.
`,
		" (ids kept)": " (id mantenuti)",
		"%d%% — %s":   "%d%% — %s",
		"%s":          "%s",
		"%s could not be copied aside before upgrading it (%v), so it was left as it was": "non è stato possibile copiare da parte %s prima dell'aggiornamento (%v), quindi è rimasto com'era",
		"%s could not be read: %v": "impossibile leggere %s: %v",
		"%s could not be upgraded to schema %d (%s), so it was left as it was; this version of handoff cannot use it":                           "non è stato possibile aggiornare %s allo schema %d (%s), quindi è rimasto com'era; questa versione di handoff non può usarlo",
		"%s has no promises, only a header: nothing to import":                                                                                  "%s non contiene promesse, solo l'intestazione: niente da importare",
		"%s is a folder, not a handoff database":                                                                                                "%s è una cartella, non un database di handoff",
		"%s is a link to %s, which does not exist; handoff does not create a database through a link":                                           "%s è un collegamento a %s, che non esiste; handoff non crea un database tramite un collegamento",
		"%s is an empty file (0 bytes), not a handoff database yet":                                                                             "%s è un file vuoto (0 byte), non ancora un database di handoff",
		"%s is damaged so badly that handoff cannot open it; restore it from a backup":                                                          "%s è danneggiato al punto che handoff non può aprirlo; ripristinalo da un backup",
		"%s is damaged, so handoff will not write to it; save what can still be read with: handoff --db %s export --format json -o rescue.json": "%s è danneggiato, quindi handoff non vi scriverà; salva ciò che si può ancora leggere con: handoff --db %s export --format json -o rescue.json",
		"%s is from an older version of handoff and could not be read (%v)":                                                                     "%s proviene da una versione precedente di handoff e non è stato possibile leggerlo (%v)",
		"%s is marked as a handoff database but holds none of its tables (was it emptied by another program?)":                                  "%s è contrassegnato come database di handoff ma non contiene nessuna delle sue tabelle (è stato svuotato da un altro programma?)",
		"%s is not a handoff database": "%s non è un database di handoff",
		"%s is not a handoff database (it is a SQLite file made by another program)":                                          "%s non è un database di handoff (è un file SQLite di un altro programma)",
		"%s is not a handoff database (it is not a SQLite file)":                                                              "%s non è un database di handoff (non è un file SQLite)",
		"%s is read-only for you, and handoff needs to write to it":                                                           "%s è di sola lettura per te, e handoff deve scriverci",
		"%s was created by a newer version of handoff (schema %d; this version knows schema %d); update handoff to open it":   "%s è stato creato da una versione più recente di handoff (schema %d; questa versione conosce lo schema %d); aggiorna handoff per aprirlo",
		"%s was deleted, moved or replaced while handoff had it open, so nothing more is saved; quit and start handoff again": "%s è stato eliminato, spostato o sostituito mentre handoff lo aveva aperto, quindi non si salva più nulla; esci e riavvia handoff",
		"%s — run again with --allow-duplicates to add them anyway":                                                           "%s — riesegui con --allow-duplicates per aggiungerli comunque",
		"%s, %d overdue": "%s, %d scadute",
		"%s: %q is no colour; write it as #rrggbb": "%s: %q non è un colore; scrivilo come #rrggbb",
		"%s: %s":                             "%s: %s",
		"%s: %s by %s on %s (%s)":            "%s: %s da %s il %s (%s)",
		"%s: %v":                             "%s: %v",
		"%s: line %d: %v":                    "%s: riga %d: %v",
		"%s; the defaults apply":             "%s; valgono le impostazioni predefinite",
		"--%s needs a value":                 "--%s richiede un valore",
		"--%s: %s is not a valid value (%s)": "--%s: %s non è un valore valido (%s)",
		"; due %s, %s":                       "; scadenza %s, %s",
		"Agenda of %s (%s) on %s: %s":        "Agenda di %s (%s) al %s: %s",
		"Coming up":                          "In arrivo",
		"Commands:":                          "Comandi:",
		"Created a new database at %s.":      "Creato un nuovo database in %s.",
		"Demo: a throwaway database with sample deals, deleted when you quit. ? lists every key.": "Demo: un database temporaneo con trattative di esempio, eliminato all'uscita. ? elenca tutti i tasti.",
		"Global flags:": "Flag globali:",
		"No due date":   "Senza scadenza",
		"Overdue":       "Scadute",
		"Upgraded the database; the old version is kept in %s.":                 "Database aggiornato; la versione precedente è conservata in %s.",
		"Usage:\n  handoff [--db PATH] %s [flags]\n\n%s\n\nGlobal flags:\n%s\n": "Uso:\n  handoff [--db PERCORSO] %s [flag]\n\n%s\n\nFlag globali:\n%s\n",
		"Warning: %s.":                                  "Attenzione: %s.",
		"added to the people as sales: %s":              "aggiunti alle persone come vendite: %s",
		"agenda: --format is text, json or ics, not %q": "agenda: --format è text, json o ics, non %q",
		"agenda: --within: %v":                          "agenda: --within: %v",
		"agenda: nobody in the directory is called %q":  "agenda: nessuno nella rubrica si chiama %q",
		"agenda: the actor %q is nobody in the directory; name a person with --owner": "agenda: l'attore %q non è nella rubrica; indica una persona con --owner",
		"answer awaited": "valutazione attesa",
		"check: --format is text or json, not %q":                                 "check: --format è text o json, non %q",
		"completion: %q is no shell handoff completes for; use bash, zsh or fish": "completion: %q non è una shell per cui handoff completa; usa bash, zsh o fish",
		"completion: name the shell: bash, zsh or fish":                           "completion: indica la shell: bash, zsh o fish",
		"config file: %s (%s)":                                                    "file di configurazione: %s (%s)",
		"confirm: %q is no promise (P1 …) or definition (T1 …) of %s":             "confirm: %q non è una promessa (P1 …) né una definizione (T1 …) di %s",
		"confirm: %s is %s, not a person at the customer":                         "confirm: %s è %s, non una persona del cliente",
		"confirm: --by names the person at the customer who answered":             "confirm: --by indica la persona del cliente che ha risposto",
		"confirm: --deal names the deal":                                          "confirm: --deal indica la trattativa",
		"confirm: --not-as-written answers the points it names, not --all":        "confirm: --not-as-written risponde ai punti indicati, non a --all",
		"confirm: --on %q is not a date (YYYY-MM-DD)":                             "confirm: --on %q non è una data (AAAA-MM-GG)",
		"confirm: --ref says where the answer is (\"email 2026-12-10\")":          "confirm: --ref dice dove si trova la risposta («email 2026-12-10»)",
		"confirm: name the points (P1 T2 …) or --all, not both":                   "confirm: indica i punti (P1 T2 …) o --all, non entrambi",
		"confirm: name the points the customer answered (P1 T2 …), or --all":      "confirm: indica i punti a cui il cliente ha risposto (P1 T2 …), o --all",
		"confirmed":             "confermato",
		"could not read %s: %v": "impossibile leggere %s: %v",
		"could not write %s: it is a folder; name a file in it":                     "impossibile scrivere %s: è una cartella; indica un file al suo interno",
		"database %s (none yet)":                                                    "database %s (non ancora creato)",
		"database %s (schema %d)":                                                   "database %s (schema %d)",
		"debug log (--debug): %s":                                                   "log (--debug): %s",
		"export: --audience is internal or customer, not %q":                        "export: --audience è internal o customer, non %q",
		"export: --format is markdown or json, not %q":                              "export: --format è markdown o json, non %q",
		"export: the customer copy is markdown; the JSON export is the team's data": "export: la copia per il cliente è in markdown; l'export JSON sono i dati del team",
		"gap": "scostamento",
		"import: %s holds promises; name their deal with --deal (and --create to make it)": "import: %s contiene promesse; indica la loro trattativa con --deal (e --create per crearla)",
		"import: --deal and --create are for CSV files of promises; %s is a JSON export":   "import: --deal e --create valgono per i file CSV di promesse; %s è un export JSON",
		"import: name one file to import":                                                  "import: indica un file da importare",
		"imported %s and %s from %s":                                                       "importati %s e %s da %s",
		"imported %s into %q (id %d)":                                                      "importate %s in %q (id %d)",
		"imported %s into the new deal %q (id %d)":                                         "importate %s nella nuova trattativa %q (id %d)",
		"keys: %v (handoff config lists every binding)":                                    "keys: %v (handoff config elenca tutte le associazioni)",
		"no colour is called %q; the colours are %s":                                       "nessun colore si chiama %q; i colori sono %s",
		"no database at %s":                                                                "nessun database in %s",
		"no database at %s, and its folder %s does not exist":                              "nessun database in %s, e la sua cartella %s non esiste",
		"no database at %s; create a new one there? [y/N] ":                                "nessun database in %s; crearne uno nuovo lì? [s/N] ",
		"no database at %s; nothing was created":                                           "nessun database in %s; non è stato creato nulla",
		"no deal matches %q":                                                               "nessuna trattativa corrisponde a %q",
		"no deals":                                                                         "nessuna trattativa",
		"no longer watching %q":                                                            "%q non è più sorvegliata",
		"no words of the team's own; the built-in watch lists are in use":                  "nessuna parola propria del team; sono in uso gli elenchi integrati",
		"none: the defaults apply":                                                         "assente: valgono le impostazioni predefinite",
		"not as written":                                                                   "non come scritto",
		"not used: the defaults apply":                                                     "non usato: valgono le impostazioni predefinite",
		"nothing to do":                                                                    "niente da fare",
		"nothing was imported from %s: %v":                                                 "nulla è stato importato da %s: %v",
		"nothing was imported from %s:%s":                                                  "nulla è stato importato da %s:%s",
		"overdue: %s (due %s, %s)":                                                         "scaduto: %s (scadenza %s, %s)",
		"read":                                                                             "letto",
		"ready":                                                                            "pronta",
		"sign-off":                                                                         "approvazione",
		"term to agree":                                                                    "termine da concordare",
		"the database file is damaged where this is kept":                                  "il file del database è danneggiato dove questo è conservato",
		"the sample deals were not added: %v":                                              "le trattative di esempio non sono state aggiunte: %v",
		"the terminal UI stopped: %v":                                                      "l'applicazione da terminale si è fermata: %v",
		"theme is auto, dark or light, not %q":                                             "theme è auto, dark o light, non %q",
		"there are no open deals to export":                                                "non ci sono trattative aperte da esportare",
		"unexpected argument %q":                                                           "argomento inatteso %q",
		"unknown command %q (handoff --help lists every command)":                          "comando sconosciuto %q (handoff --help elenca tutti i comandi)",
		"unknown command %q; did you mean %s? (handoff --help lists every command)": "comando sconosciuto %q; forse intendevi %s? (handoff --help elenca tutti i comandi)",
		"unknown flag --%s":                                        "flag sconosciuto --%s",
		"unknown flag --%s; did you mean --%s?":                    "flag sconosciuto --%s; forse intendevi --%s?",
		"unknown language %q; handoff speaks %s":                   "lingua sconosciuta %q; handoff parla %s",
		"warning: %s.":                                             "attenzione: %s.",
		"watching %q in every deal":                                "%q è sorvegliata in ogni trattativa",
		"words: %q is not one of the team's words":                 "words: %q non è una delle parole del team",
		"words: %q: %v":                                            "words: %q: %v",
		"words: --format is text or json, not %q":                  "words: --format è text o json, non %q",
		"words: unknown %q; use add or remove":                     "words: %q sconosciuto; usa add o remove",
		"words: use words, words add WORD…, or words remove WORD…": "words: usa words, words add PAROLA… o words remove PAROLA…",
		"wrote %s": "scritto %s",
		"y yes":    "s si sì",
	}, map[string]Forms{
		"%[2]q matches %[1]d deals; name one by id:%[3]s": {One: "%[2]q corrisponde a %[1]d trattativa; indicane una per id:%[3]s", Other: "%[2]q corrisponde a %[1]d trattative; indicane una per id:%[3]s"},
		"%d blockers":                 {One: "%d ostacolo", Other: "%d ostacoli"},
		"%d deals":                    {One: "%d trattativa", Other: "%d trattative"},
		"%d items":                    {One: "%d voce", Other: "%d voci"},
		"%d new people":               {One: "%d nuova persona", Other: "%d nuove persone"},
		"%d promises":                 {One: "%d promessa", Other: "%d promesse"},
		"added %d sample deals to %s": {One: "aggiunta %d trattativa di esempio a %s", Other: "aggiunte %d trattative di esempio a %s"},
		"agenda: %[2]q matches %[1]d people; give the full name:%[3]s": {One: "agenda: %[2]q corrisponde a %[1]d persona; indica il nome completo:%[3]s", Other: "agenda: %[2]q corrisponde a %[1]d persone; indica il nome completo:%[3]s"},
	})
}
