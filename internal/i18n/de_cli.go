package i18n

// The command line: usage, flags, command messages and errors.
func init() {
	Register(DE, map[string]string{
		cliUsage: `handoff — Lücken zwischen dem, was der Vertrieb zugesagt hat, und dem, was die Umsetzung bauen kann.

Aufruf:
  handoff [--db PFAD] [Befehl]

Befehle:
  (keiner)   öffnet die Terminal-Oberfläche auf der Datenbank
  demo       öffnet die Terminal-Oberfläche auf einer Wegwerf-Datenbank mit Beispiel-Deals
  sample     fügt die Beispiel-Deals der Datenbank hinzu (abgelehnt, wenn sie schon
             da sind; Flags: --allow-duplicates fügt sie erneut hinzu)
  check      gibt Übergabereife und Hindernisse aus; Exit-Code 0 bereit, 1 nicht
             bereit, 2 Fehler
             Flags: --deal ID|NAME
                    --format text|json  (json: der Reife-Feed, siehe README)
  export     schreibt den Übergabebericht eines Deals (Markdown) oder die Daten als JSON
             Flags: --deal ID|NAME  der Deal; ohne ihn ist Markdown der Bericht
                                    jedes offenen Deals nacheinander, JSON jeder Deal
                    --format markdown|json  (Standard markdown)
                    --audience internal|customer  Markdown für das Team (Standard)
                                    oder die Kundenfassung: ohne Beträge,
                                    verkauften Aufwand, interne Notizen,
                                    Entscheidungen und Lücken
                    -o DATEI        schreibt DATEI (ganz oder gar nicht) statt stdout
  import     importiert DATEI: einen JSON-Export, ganz oder gar nicht (in eine leere
             Datenbank mit denselben IDs, sodass Export → Import → Export dieselbe
             Datei ergibt); oder die Zusagen einer CSV-Datei mit einer Kopfzeile,
             die beliebige dieser Spalten nennt
             title,detail,category,priority,promised_by,source,source_ref,made_on,
             due,verification,problem,budget_days (nur title ist Pflicht; eine
             fehlerhafte Zeile lehnt die ganze Datei ab; eine unbekannte Person in
             promised_by wird als Vertrieb angelegt)
             Flags: --deal ID|NAME  der Deal, zu dem die Zusagen der CSV gehören
                    --create        legt den Deal an (Phase Lead), wenn keiner so heißt
                    --allow-duplicates  fügt Deals (gleicher Name und Kunde) oder
                                    Zusagen (gleicher Titel und source_ref im
                                    Deal) hinzu, die die Datenbank schon enthält
  confirm    erfasst die schriftliche Antwort des Kunden auf die Kundenfassung: die
             genannten Zusagen (P1 …) und Definitionen (T1 …) oder --all; eine
             bestätigte Zusage wird bestätigt, bei einer Definition gilt der Kunde
             als einverstanden
             Flags: --deal ID|NAME  der Deal
                    --by NAME       wer beim Kunden geantwortet hat (ein neuer Name
                                    wird als Kunde ins Verzeichnis aufgenommen)
                    --ref REF       wo die Antwort steht („E-Mail 2026-12-10“)
                    --on DATUM      der Tag der Antwort (Standard heute)
                    --all           jede Zusage und jede Definition
                    --not-as-written TEXT  was der Kunde stattdessen schrieb: die
                                    Zusage behält ihren Nachweis und eine Lücke
                                    entsteht; eine Definition wird strittig
  words      listet die eigenen Signalwörter des Teams (neben den eingebauten);
             words add WORT…, words remove WORT… ändern sie („Abnahme*“: jede Endung)
             Flags: --format text|json  (die Liste; json für Skripte)
  agenda     die offenen Punkte einer Person über alle Deals, Überfälliges zuerst:
             ihre Lücken, erwartete Einschätzungen (Verantwortliche der Umsetzung),
             abzustimmende Begriffe (Verantwortliche für Vertrieb und Presales),
             ausstehende Freigaben (Deals in der Übergabe)
             Flags: --owner NAME    wessen Agenda (Standard: der Akteur, nach Name)
                    --overdue       nur Punkte nach ihrem Fälligkeitsdatum
                    --within 7d     nur Punkte, die binnen 7 Tagen fällig sind
                                    (2w: 14), Überfälliges mit
                    --format text|json|ics  (ics: eine iCalendar-Datei zum Import)
  outcome    erfasst, was aus einer Zusage wurde, sobald der Deal in der
             Umsetzung ist: outcome P1 kept|late|changed|dropped|broken (late
             zählt die Tage ab dem Termin; changed und dropped verknüpfen die
             Absprache); abgelehnt (Code 2) für einen Deal noch nicht in Umsetzung
             Flags: --deal ID|NAME  der Deal
                    --note TEXT     eine Notiz zum Ergebnis
                    --on DATUM      der Tag (Standard heute)
  kept       gegebene gegen gehaltene Zusagen über alle Deals: gehalten,
             verspätet, geändert, entfallen, gebrochen, nach Deal, Kategorie,
             Quelle sowie Verifizierung und Umsetzbarkeit bei der Übergabe (nie
             nach Personen)
             Flags: --since DATUM   nur Ergebnisse ab diesem Tag
                    --format text|json
  keys       listet die SSH-Schlüssel, mit denen sich Personen bei serve anmelden;
             keys add PERSON SCHLÜSSEL|DATEI gibt einer Person im Verzeichnis einen
             öffentlichen Schlüssel (.pub-Datei oder der Schlüssel selbst),
             keys remove FINGERABDRUCK entfernt einen
  serve      stellt die App und die Befehle per SSH den Personen bereit, deren
             Schlüssel das Verzeichnis kennt, auf dieser einen Datenbankdatei
             Flags: --listen ADRESSE  wo gelauscht wird (Standard 127.0.0.1:23234;
                                    eine andere Adresse nur, wenn angegeben)
                    --host-key PFAD der Schlüssel des Servers, beim ersten Start
                                    erzeugt, 0600 (Standard:
                                    handoff_host_ed25519_key neben der Datenbank)
                    --idle-timeout 30m  schließt eine so lange untätige Verbindung
                    --max-session 12h   schließt eine so lange offene Verbindung
                    --max-sessions 32   Sitzungen gleichzeitig; weitere abgelehnt
  backup     backup PFAD schreibt eine konsistente Kopie der Datenbank (0600),
             auch während die App oder serve sie offen hat und hineinschreibt
  config     zeigt, wo die Konfigurationsdatei liegt, und die geltenden Einstellungen
  completion gibt ein Vervollständigungsskript aus: completion bash|zsh|fish
  man        gibt die Handbuchseite aus (roff, für man -l -)
  version    gibt die App-Version und die Schemaversion aus (die der Datenbank
             wird aus ihrer Datei gelesen, die nie angelegt oder geändert wird)

Globale Flags:
  --db PFAD      die Datenbankdatei (Standard: $HANDOFF_DB, sonst %s)
  --actor NAME   als wer Änderungen erfasst werden (Standard: $HANDOFF_ACTOR,
                 sonst der Benutzer des Systems)
  --lang SPRACHE die Sprache: en, pl, de, sv, it oder zh (Standard: $HANDOFF_LANG,
                 sonst $LC_ALL, $LC_MESSAGES oder $LANG; sonst Englisch)
  --debug        schreibt ein Protokoll des Laufs in den Zustandsordner (wo,
                 sagt handoff config)
  --no-mouse     überlässt die Maus dem Terminal (Konfiguration: mouse: false)
  --version      gibt die App-Version aus
  -h, --help     zeigt diese Hilfe

check, export, agenda und das Auflisten der Wörter lesen nur: ohne Datenbank
enden sie mit 2. Die anderen legen eine an, wenn keine da ist: auf dem
Standardpfad samt Ordnern; auf einem genannten Pfad nur in einem vorhandenen
Ordner (und die Terminal-Oberfläche fragt vorher).

Exit-Codes: 0 Erfolg, 1 nicht bereit oder nichts zu tun, 2 Aufruf- oder Datenfehler.
`,
		" (ids kept)": " (IDs beibehalten)",
		"%d%% — %s":   "%d %% — %s",
		"%s":          "%s",
		"%s could not be copied aside before upgrading it (%v), so it was left as it was": "%s konnte vor der Aktualisierung nicht beiseitekopiert werden (%v) und blieb daher unverändert",
		"%s could not be read: %v": "%s konnte nicht gelesen werden: %v",
		"%s could not be upgraded to schema %d (%s), so it was left as it was; this version of handoff cannot use it":                           "%s konnte nicht auf Schema %d aktualisiert werden (%s) und blieb daher unverändert; diese Version von handoff kann sie nicht verwenden",
		"%s has no promises, only a header: nothing to import":                                                                                  "%s enthält keine Zusagen, nur eine Kopfzeile: nichts zu importieren",
		"%s is a folder, not a handoff database":                                                                                                "%s ist ein Ordner, keine handoff-Datenbank",
		"%s is a link to %s, which does not exist; handoff does not create a database through a link":                                           "%s ist ein Link auf %s, das nicht existiert; handoff legt keine Datenbank über einen Link an",
		"%s is an empty file (0 bytes), not a handoff database yet":                                                                             "%s ist eine leere Datei (0 Byte), noch keine handoff-Datenbank",
		"%s is damaged so badly that handoff cannot open it; restore it from a backup":                                                          "%s ist so stark beschädigt, dass handoff sie nicht öffnen kann; stelle sie aus einer Sicherung wieder her",
		"%s is damaged, so handoff will not write to it; save what can still be read with: handoff --db %s export --format json -o rescue.json": "%s ist beschädigt, daher schreibt handoff nicht hinein; sichere, was sich noch lesen lässt, mit: handoff --db %s export --format json -o rescue.json",
		"%s is from an older version of handoff and could not be read (%v)":                                                                     "%s stammt von einer älteren Version von handoff und konnte nicht gelesen werden (%v)",
		"%s is marked as a handoff database but holds none of its tables (was it emptied by another program?)":                                  "%s ist als handoff-Datenbank markiert, enthält aber keine ihrer Tabellen (hat ein anderes Programm sie geleert?)",
		"%s is not a handoff database": "%s ist keine handoff-Datenbank",
		"%s is not a handoff database (it is a SQLite file made by another program)":                                          "%s ist keine handoff-Datenbank (sondern eine SQLite-Datei eines anderen Programms)",
		"%s is not a handoff database (it is not a SQLite file)":                                                              "%s ist keine handoff-Datenbank (keine SQLite-Datei)",
		"%s is read-only for you, and handoff needs to write to it":                                                           "%s ist für dich schreibgeschützt, und handoff muss hineinschreiben",
		"%s was created by a newer version of handoff (schema %d; this version knows schema %d); update handoff to open it":   "%s wurde von einer neueren Version von handoff angelegt (Schema %d; diese Version kennt Schema %d); aktualisiere handoff, um sie zu öffnen",
		"%s was deleted, moved or replaced while handoff had it open, so nothing more is saved; quit and start handoff again": "%s wurde gelöscht, verschoben oder ersetzt, während handoff sie geöffnet hatte, daher wird nichts mehr gespeichert; beende handoff und starte es neu",
		"%s — run again with --allow-duplicates to add them anyway":                                                           "%s — mit --allow-duplicates erneut ausführen, um sie trotzdem hinzuzufügen",
		"%s, %d overdue": "%s, %d überfällig",
		"%s: %q is no colour; write it as #rrggbb": "%s: %q ist keine Farbe; schreib sie als #rrggbb",
		"%s: %s":                             "%s: %s",
		"%s: %s by %s on %s (%s)":            "%s: %s von %s am %s (%s)",
		"%s: %v":                             "%s: %v",
		"%s: line %d: %v":                    "%s: Zeile %d: %v",
		"%s; the defaults apply":             "%s; es gelten die Standardeinstellungen",
		"--%s needs a value":                 "--%s braucht einen Wert",
		"--%s: %s is not a valid value (%s)": "--%s: %s ist kein gültiger Wert (%s)",
		"; due %s, %s":                       "; fällig %s, %s",
		"Agenda of %s (%s) on %s: %s":        "Agenda von %s (%s) am %s: %s",
		"Coming up":                          "Demnächst",
		"Commands:":                          "Befehle:",
		"Created a new database at %s.":      "Neue Datenbank angelegt: %s.",
		"Demo: a throwaway database with sample deals, deleted when you quit. ? lists every key.": "Demo: eine Wegwerf-Datenbank mit Beispiel-Deals, beim Beenden gelöscht. ? zeigt alle Tasten.",
		"Global flags:": "Globale Flags:",
		"No due date":   "Ohne Fälligkeitsdatum",
		"Overdue":       "Überfällig",
		"Upgraded the database; the old version is kept in %s.":                 "Datenbank aktualisiert; die alte Fassung liegt in %s.",
		"Usage:\n  handoff [--db PATH] %s [flags]\n\n%s\n\nGlobal flags:\n%s\n": "Aufruf:\n  handoff [--db PFAD] %s [Flags]\n\n%s\n\nGlobale Flags:\n%s\n",
		"Warning: %s.":                                  "Warnung: %s.",
		"added to the people as sales: %s":              "als Vertrieb zu den Personen hinzugefügt: %s",
		"agenda: --format is text, json or ics, not %q": "agenda: --format ist text, json oder ics, nicht %q",
		"agenda: --within: %v":                          "agenda: --within: %v",
		"agenda: nobody in the directory is called %q":  "agenda: niemand im Verzeichnis heißt %q",
		"agenda: the actor %q is nobody in the directory; name a person with --owner": "agenda: der Akteur %q steht nicht im Verzeichnis; nenne eine Person mit --owner",
		"answer awaited": "Einschätzung ausstehend",
		"check: --format is text or json, not %q":                                 "check: --format ist text oder json, nicht %q",
		"completion: %q is no shell handoff completes for; use bash, zsh or fish": "completion: für %q gibt es keine Vervollständigung; nimm bash, zsh oder fish",
		"completion: name the shell: bash, zsh or fish":                           "completion: nenne die Shell: bash, zsh oder fish",
		"config file: %s (%s)":                                                    "Konfigurationsdatei: %s (%s)",
		"confirm: %q is no promise (P1 …) or definition (T1 …) of %s":             "confirm: %q ist keine Zusage (P1 …) und keine Definition (T1 …) von %s",
		"confirm: %s is %s, not a person at the customer":                         "confirm: %s ist %s, keine Person beim Kunden",
		"confirm: --by names the person at the customer who answered":             "confirm: --by nennt die Person beim Kunden, die geantwortet hat",
		"confirm: --deal names the deal":                                          "confirm: --deal nennt den Deal",
		"confirm: --not-as-written answers the points it names, not --all":        "confirm: --not-as-written beantwortet die genannten Punkte, nicht --all",
		"confirm: --on %q is not a date (YYYY-MM-DD)":                             "confirm: --on %q ist kein Datum (JJJJ-MM-TT)",
		"confirm: --ref says where the answer is (\"email 2026-12-10\")":          "confirm: --ref sagt, wo die Antwort steht („E-Mail 2026-12-10“)",
		"confirm: name the points (P1 T2 …) or --all, not both":                   "confirm: nenne die Punkte (P1 T2 …) oder --all, nicht beides",
		"confirm: name the points the customer answered (P1 T2 …), or --all":      "confirm: nenne die Punkte, auf die der Kunde geantwortet hat (P1 T2 …), oder --all",
		"confirmed":             "bestätigt",
		"could not read %s: %v": "%s konnte nicht gelesen werden: %v",
		"could not write %s: it is a folder; name a file in it":                     "%s konnte nicht geschrieben werden: es ist ein Ordner; nenne eine Datei darin",
		"database %s (none yet)":                                                    "Datenbank %s (noch keine)",
		"database %s (schema %d)":                                                   "Datenbank %s (Schema %d)",
		"debug log (--debug): %s":                                                   "Protokoll (--debug): %s",
		"export: --audience is internal or customer, not %q":                        "export: --audience ist internal oder customer, nicht %q",
		"export: --format is markdown or json, not %q":                              "export: --format ist markdown oder json, nicht %q",
		"export: the customer copy is markdown; the JSON export is the team's data": "export: die Kundenfassung ist Markdown; der JSON-Export sind die Daten des Teams",
		"gap": "Lücke",
		"import: %s holds promises; name their deal with --deal (and --create to make it)": "import: %s enthält Zusagen; nenne ihren Deal mit --deal (und --create, um ihn anzulegen)",
		"import: --deal and --create are for CSV files of promises; %s is a JSON export":   "import: --deal und --create gelten für CSV-Dateien mit Zusagen; %s ist ein JSON-Export",
		"import: name one file to import":                                                  "import: nenne eine Datei zum Importieren",
		"imported %s and %s from %s":                                                       "%s und %s aus %s importiert",
		"imported %s into %q (id %d)":                                                      "%s in %q importiert (ID %d)",
		"imported %s into the new deal %q (id %d)":                                         "%s in den neuen Deal %q importiert (ID %d)",
		"keys: %v (handoff config lists every binding)":                                    "keys: %v (handoff config listet alle Belegungen)",
		"no colour is called %q; the colours are %s":                                       "keine Farbe heißt %q; die Farben sind %s",
		"no database at %s":                                                                "keine Datenbank unter %s",
		"no database at %s, and its folder %s does not exist":                              "keine Datenbank unter %s, und ihr Ordner %s existiert nicht",
		"no database at %s; create a new one there? [y/N] ":                                "keine Datenbank unter %s; dort eine neue anlegen? [j/N] ",
		"no database at %s; nothing was created":                                           "keine Datenbank unter %s; nichts wurde angelegt",
		"no deal matches %q":                                                               "kein Deal passt zu %q",
		"no deals":                                                                         "keine Deals",
		"no longer watching %q":                                                            "%q wird nicht mehr beobachtet",
		"no words of the team's own; the built-in watch lists are in use":                  "keine eigenen Wörter des Teams; die eingebauten Signallisten gelten",
		"none: the defaults apply":                                                         "keine: es gelten die Standardeinstellungen",
		"not as written":                                                                   "nicht wie geschrieben",
		"not used: the defaults apply":                                                     "nicht verwendet: es gelten die Standardeinstellungen",
		"nothing to do":                                                                    "nichts zu tun",
		"nothing was imported from %s: %v":                                                 "aus %s wurde nichts importiert: %v",
		"nothing was imported from %s:%s":                                                  "aus %s wurde nichts importiert:%s",
		"overdue: %s (due %s, %s)":                                                         "überfällig: %s (fällig %s, %s)",
		"read":                                                                             "gelesen",
		"ready":                                                                            "bereit",
		"sign-off":                                                                         "Freigabe",
		"term to agree":                                                                    "Begriff abzustimmen",
		"the database file is damaged where this is kept":                                  "die Datenbankdatei ist dort beschädigt, wo dies gespeichert ist",
		"the sample deals were not added: %v":                                              "die Beispiel-Deals wurden nicht hinzugefügt: %v",
		"the terminal UI stopped: %v":                                                      "die Terminal-Oberfläche wurde beendet: %v",
		"theme is auto, dark or light, not %q":                                             "theme ist auto, dark oder light, nicht %q",
		"there are no open deals to export":                                                "es gibt keine offenen Deals zum Exportieren",
		"unexpected argument %q":                                                           "unerwartetes Argument %q",
		"unknown command %q (handoff --help lists every command)":                          "unbekannter Befehl %q (handoff --help listet alle Befehle)",
		"unknown command %q; did you mean %s? (handoff --help lists every command)": "unbekannter Befehl %q; meintest du %s? (handoff --help listet alle Befehle)",
		"unknown flag --%s":                                        "unbekanntes Flag --%s",
		"unknown flag --%s; did you mean --%s?":                    "unbekanntes Flag --%s; meintest du --%s?",
		"unknown language %q; handoff speaks %s":                   "unbekannte Sprache %q; handoff spricht %s",
		"warning: %s.":                                             "Warnung: %s.",
		"watching %q in every deal":                                "%q wird in jedem Deal beobachtet",
		"words: %q is not one of the team's words":                 "words: %q ist keines der Wörter des Teams",
		"words: %q: %v":                                            "words: %q: %v",
		"words: --format is text or json, not %q":                  "words: --format ist text oder json, nicht %q",
		"words: unknown %q; use add or remove":                     "words: unbekannt %q; nimm add oder remove",
		"words: use words, words add WORD…, or words remove WORD…": "words: nimm words, words add WORT… oder words remove WORT…",
		"wrote %s": "%s geschrieben",
		"y yes":    "j ja",
	}, map[string]Forms{
		"%[2]q matches %[1]d deals; name one by id:%[3]s": {One: "%[2]q passt zu %[1]d Deal; nenne einen mit seiner ID:%[3]s", Other: "%[2]q passt zu %[1]d Deals; nenne einen mit seiner ID:%[3]s"},
		"%d blockers":                 {One: "%d Hindernis", Other: "%d Hindernisse"},
		"%d deals":                    {One: "%d Deal", Other: "%d Deals"},
		"%d new people":               {One: "%d neue Person", Other: "%d neue Personen"},
		"%d promises":                 {One: "%d Zusage", Other: "%d Zusagen"},
		"added %d sample deals to %s": {One: "%d Beispiel-Deal zu %s hinzugefügt", Other: "%d Beispiel-Deals zu %s hinzugefügt"},
		"agenda: %[2]q matches %[1]d people; give the full name:%[3]s": {One: "agenda: %[2]q passt zu %[1]d Person; gib den vollen Namen an:%[3]s", Other: "agenda: %[2]q passt zu %[1]d Personen; gib den vollen Namen an:%[3]s"},
	})
}
