package i18n

// The command line: usage, flags, command messages and errors.
func init() {
	Register(SV, map[string]string{
		cliUsage: `handoff — håll koll på glappet mellan vad sälj lovade och vad leverans kan bygga.

Användning:
  handoff [--db SÖKVÄG] [kommando]

Kommandon:
  (inget)    öppnar terminalappen på databasen
  demo       öppnar terminalappen på en tillfällig databas med exempelaffärer
  sample     lägger till exempelaffärerna i databasen (nekas när de redan finns;
             flaggor: --allow-duplicates lägger till dem igen)
  check      skriver ut beredskap för överlämning och hinder; slutkod 0 redo,
             1 inte redo, 2 fel
             flaggor: --deal ID|NAMN
                    --format text|json  (json: beredskapsflödet, se README)
  export     skriver en affärs överlämningsrapport (markdown) eller data som JSON
             flaggor: --deal ID|NAMN  affären; utan den är markdown varje öppen
                                    affärs rapport efter varandra, JSON varje affär
                    --format markdown|json  (standard markdown)
                    --audience internal|customer  markdown för teamet (standard)
                                    eller kundversionen: inga belopp, såld
                                    insats, interna anteckningar, beslut eller glapp
                    -o FIL          skriver FIL (helt eller inte alls) i stället för stdout
  import     importerar FIL: en JSON-export, allt eller inget (till en tom databas
             med samma id:n, så export → import → export ger samma fil); eller
             löftena i en CSV-fil med en rubrikrad som namnger någon av kolumnerna
             title,detail,category,priority,promised_by,source,source_ref,made_on,
             due,verification,problem,budget_days (bara title krävs; en felaktig
             rad nekar hela filen; en okänd promised_by läggs till som sälj)
             flaggor: --deal ID|NAMN  affären som CSV-filens löften hör till
                    --create        skapar affären (fas lead) om ingen har det namnet
                    --allow-duplicates  lägger till affärer (samma namn och kund)
                                    eller löften (samma titel och source_ref i
                                    affären) som databasen redan har
  confirm    registrerar kundens skriftliga svar på kundversionen: de löften
             (P1 …) och definitioner (T1 …) som anges, eller --all; ett bekräftat
             löfte blir bekräftat, för en definition räknas kunden som överens
             flaggor: --deal ID|NAMN  affären
                    --by NAMN       vem hos kunden som svarade (ett nytt namn läggs
                                    till i katalogen som kund)
                    --ref REF       var svaret finns (”e-post 2026-12-10”)
                    --on DATUM      dagen de svarade (standard i dag)
                    --all           varje löfte och varje definition
                    --not-as-written TEXT  vad de skrev i stället: löftet behåller
                                    sin verifiering och ett glapp skapas; en
                                    definition blir omstridd
  words      listar teamets egna bevakningsord (utöver de inbyggda);
             words add ORD…, words remove ORD… ändrar dem (”odbiór*”: valfri ändelse)
             flaggor: --format text|json  (listan; json för skript)
  agenda     en persons öppna punkter i alla affärer, försenade först: glappen
             de är ansvariga för, väntade bedömningar (ansvarig för leverans),
             begrepp att komma överens om (ansvarig för sälj och presales),
             väntande godkännanden (affärer i överlämning)
             flaggor: --owner NAMN    vems agenda (standard: aktören, efter namn)
                    --overdue       bara försenade punkter
                    --within 7d     bara punkter klara senast inom 7 dagar
                                    (2w: 14), de försenade också
                    --format text|json|ics  (ics: en iCalendar-fil att importera)
  outcome    registrerar vad som blev av ett löfte när affären är i leverans:
             outcome P1 kept|late|changed|dropped|broken (late räknar dagarna från
             förfallodagen; changed och dropped länkar överenskommelsen); nekas
             (kod 2) för en affär som inte är i leverans än
             flaggor: --deal ID|NAMN  affären
                    --note TEXT     en anteckning vid utfallet
                    --on DATUM      dagen (standard i dag)
  kept       givna mot hållna löften i alla affärer: hållna, försenade,
             ändrade, strukna, brutna, per affär, kategori, källa samt
             verifiering och leveransens bedömning vid överlämningen (aldrig
             per person)
             flaggor: --since DATUM   bara utfall från den dagen
                    --format text|json
  keys       listar SSH-nycklarna som personer loggar in på serve med; keys add
             PERSON NYCKEL|FIL ger en person i katalogen en publik nyckel (en
             .pub-fil eller nyckeln själv), keys remove FINGERAVTRYCK tar bort en
  serve      delar appen och kommandona över SSH med personerna vars nycklar
             katalogen har, på denna enda databasfil
             flaggor: --listen ADRESS  var den lyssnar (standard 127.0.0.1:23234;
                                    en annan adress bara när den anges)
                    --host-key SÖKVÄG serverns nyckel, skapas vid första start,
                                    0600 (standard: handoff_host_ed25519_key
                                    bredvid databasen)
                    --idle-timeout 30m  stänger en anslutning som varit inaktiv så länge
                    --max-session 12h   stänger en anslutning som varit öppen så länge
                    --max-sessions 32   sessioner samtidigt; fler nekas
  backup     backup SÖKVÄG skriver en konsekvent kopia av databasen (0600), även
             när appen eller serve har den öppen och skriver till den
  config     skriver ut var konfigurationsfilen finns och inställningarna som gäller
  completion skriver ut ett kompletteringsskript: completion bash|zsh|fish
  man        skriver ut manualsidan (roff, för man -l -)
  version    skriver ut appens version och schemaversionen (databasens läses
             från filen, som aldrig skapas eller ändras)

Globala flaggor:
  --db SÖKVÄG    databasfilen (standard: $HANDOFF_DB, annars %s)
  --actor NAMN   vem ändringarna registreras som (standard: $HANDOFF_ACTOR,
                 annars systemets användare)
  --lang SPRÅK   språket: en, pl, de, sv, it eller zh (standard: $HANDOFF_LANG,
                 annars $LC_ALL, $LC_MESSAGES eller $LANG; annars engelska)
  --debug        skriver en logg över körningen i tillståndsmappen (var säger
                 handoff config)
  --no-mouse     lämnar musen åt terminalen (konfiguration: mouse: false)
  --version      skriver ut appens version
  -h, --help     visar den här hjälpen

check, export, agenda och listning av ord läser bara: utan databas avslutar de med 2.
De andra skapar en när det inte finns någon: på standardsökvägen med dess
mappar; på en sökväg du anger bara i en mapp som finns (och terminalappen
frågar först).

Slutkoder: 0 lyckades, 1 inte redo eller inget att göra, 2 användnings- eller datafel.
`,
		" (ids kept)": " (id:n behållna)",
		"%d%% — %s":   "%d %% — %s",
		"%s":          "%s",
		"%s could not be copied aside before upgrading it (%v), so it was left as it was": "%s kunde inte kopieras undan före uppgraderingen (%v), så den lämnades som den var",
		"%s could not be read: %v": "%s kunde inte läsas: %v",
		"%s could not be upgraded to schema %d (%s), so it was left as it was; this version of handoff cannot use it":                           "%s kunde inte uppgraderas till schema %d (%s), så den lämnades som den var; den här versionen av handoff kan inte använda den",
		"%s has no promises, only a header: nothing to import":                                                                                  "%s har inga löften, bara en rubrikrad: inget att importera",
		"%s is a folder, not a handoff database":                                                                                                "%s är en mapp, ingen handoff-databas",
		"%s is a link to %s, which does not exist; handoff does not create a database through a link":                                           "%s är en länk till %s, som inte finns; handoff skapar ingen databas genom en länk",
		"%s is an empty file (0 bytes), not a handoff database yet":                                                                             "%s är en tom fil (0 byte), ännu ingen handoff-databas",
		"%s is damaged so badly that handoff cannot open it; restore it from a backup":                                                          "%s är så skadad att handoff inte kan öppna den; återställ den från en säkerhetskopia",
		"%s is damaged, so handoff will not write to it; save what can still be read with: handoff --db %s export --format json -o rescue.json": "%s är skadad, så handoff skriver inte till den; spara det som fortfarande går att läsa med: handoff --db %s export --format json -o rescue.json",
		"%s is from an older version of handoff and could not be read (%v)":                                                                     "%s kommer från en äldre version av handoff och kunde inte läsas (%v)",
		"%s is marked as a handoff database but holds none of its tables (was it emptied by another program?)":                                  "%s är märkt som en handoff-databas men har ingen av dess tabeller (tömdes den av ett annat program?)",
		"%s is not a handoff database": "%s är ingen handoff-databas",
		"%s is not a handoff database (it is a SQLite file made by another program)":                                          "%s är ingen handoff-databas (det är en SQLite-fil från ett annat program)",
		"%s is not a handoff database (it is not a SQLite file)":                                                              "%s är ingen handoff-databas (det är ingen SQLite-fil)",
		"%s is read-only for you, and handoff needs to write to it":                                                           "%s är skrivskyddad för dig, och handoff behöver skriva till den",
		"%s was created by a newer version of handoff (schema %d; this version knows schema %d); update handoff to open it":   "%s skapades av en nyare version av handoff (schema %d; den här versionen känner till schema %d); uppdatera handoff för att öppna den",
		"%s was deleted, moved or replaced while handoff had it open, so nothing more is saved; quit and start handoff again": "%s raderades, flyttades eller ersattes medan handoff hade den öppen, så inget mer sparas; avsluta och starta handoff igen",
		"%s — run again with --allow-duplicates to add them anyway":                                                           "%s — kör igen med --allow-duplicates för att lägga till dem ändå",
		"%s, %d overdue": "%s, %d försenade",
		"%s: %q is no colour; write it as #rrggbb": "%s: %q är ingen färg; skriv den som #rrggbb",
		"%s: %s":                             "%s: %s",
		"%s: %s by %s on %s (%s)":            "%s: %s av %s den %s (%s)",
		"%s: %v":                             "%s: %v",
		"%s: line %d: %v":                    "%s: rad %d: %v",
		"%s; the defaults apply":             "%s; standardinställningarna gäller",
		"--%s needs a value":                 "--%s behöver ett värde",
		"--%s: %s is not a valid value (%s)": "--%s: %s är inget giltigt värde (%s)",
		"; due %s, %s":                       "; klart senast %s, %s",
		"Agenda of %s (%s) on %s: %s":        "Agenda för %s (%s) den %s: %s",
		"Coming up":                          "Kommande",
		"Commands:":                          "Kommandon:",
		"Created a new database at %s.":      "Skapade en ny databas i %s.",
		"Demo: a throwaway database with sample deals, deleted when you quit. ? lists every key.": "Demo: en tillfällig databas med exempelaffärer, raderas när du avslutar. ? visar alla tangenter.",
		"Global flags:": "Globala flaggor:",
		"No due date":   "Inget slutdatum",
		"Overdue":       "Försenade",
		"Upgraded the database; the old version is kept in %s.":                 "Uppgraderade databasen; den gamla versionen finns kvar i %s.",
		"Usage:\n  handoff [--db PATH] %s [flags]\n\n%s\n\nGlobal flags:\n%s\n": "Användning:\n  handoff [--db SÖKVÄG] %s [flaggor]\n\n%s\n\nGlobala flaggor:\n%s\n",
		"Warning: %s.":                                  "Varning: %s.",
		"added to the people as sales: %s":              "tillagda bland personerna som sälj: %s",
		"agenda: --format is text, json or ics, not %q": "agenda: --format är text, json eller ics, inte %q",
		"agenda: --within: %v":                          "agenda: --within: %v",
		"agenda: nobody in the directory is called %q":  "agenda: ingen i katalogen heter %q",
		"agenda: the actor %q is nobody in the directory; name a person with --owner": "agenda: aktören %q finns inte i katalogen; ange en person med --owner",
		"answer awaited": "väntar på bedömning",
		"check: --format is text or json, not %q":                                 "check: --format är text eller json, inte %q",
		"completion: %q is no shell handoff completes for; use bash, zsh or fish": "completion: %q är inget skal som handoff kompletterar för; använd bash, zsh eller fish",
		"completion: name the shell: bash, zsh or fish":                           "completion: ange skalet: bash, zsh eller fish",
		"config file: %s (%s)":                                                    "konfigurationsfil: %s (%s)",
		"confirm: %q is no promise (P1 …) or definition (T1 …) of %s":             "confirm: %q är inget löfte (P1 …) eller ingen definition (T1 …) i %s",
		"confirm: %s is %s, not a person at the customer":                         "confirm: %s är %s, ingen person hos kunden",
		"confirm: --by names the person at the customer who answered":             "confirm: --by anger personen hos kunden som svarade",
		"confirm: --deal names the deal":                                          "confirm: --deal anger affären",
		"confirm: --not-as-written answers the points it names, not --all":        "confirm: --not-as-written svarar på de punkter som anges, inte --all",
		"confirm: --on %q is not a date (YYYY-MM-DD)":                             "confirm: --on %q är inget datum (ÅÅÅÅ-MM-DD)",
		"confirm: --ref says where the answer is (\"email 2026-12-10\")":          "confirm: --ref anger var svaret finns (”e-post 2026-12-10”)",
		"confirm: name the points (P1 T2 …) or --all, not both":                   "confirm: ange punkterna (P1 T2 …) eller --all, inte båda",
		"confirm: name the points the customer answered (P1 T2 …), or --all":      "confirm: ange punkterna kunden svarade på (P1 T2 …), eller --all",
		"confirmed":             "bekräftat",
		"could not read %s: %v": "kunde inte läsa %s: %v",
		"could not write %s: it is a folder; name a file in it":                     "kunde inte skriva %s: det är en mapp; ange en fil i den",
		"database %s (none yet)":                                                    "databas %s (ingen ännu)",
		"database %s (schema %d)":                                                   "databas %s (schema %d)",
		"debug log (--debug): %s":                                                   "logg (--debug): %s",
		"export: --audience is internal or customer, not %q":                        "export: --audience är internal eller customer, inte %q",
		"export: --format is markdown or json, not %q":                              "export: --format är markdown eller json, inte %q",
		"export: the customer copy is markdown; the JSON export is the team's data": "export: kundversionen är markdown; JSON-exporten är teamets data",
		"gap": "glapp",
		"import: %s holds promises; name their deal with --deal (and --create to make it)": "import: %s innehåller löften; ange deras affär med --deal (och --create för att skapa den)",
		"import: --deal and --create are for CSV files of promises; %s is a JSON export":   "import: --deal och --create är för CSV-filer med löften; %s är en JSON-export",
		"import: name one file to import":                                                  "import: ange en fil att importera",
		"imported %s and %s from %s":                                                       "importerade %s och %s från %s",
		"imported %s into %q (id %d)":                                                      "importerade %s till %q (id %d)",
		"imported %s into the new deal %q (id %d)":                                         "importerade %s till den nya affären %q (id %d)",
		"keys: %v (handoff config lists every binding)":                                    "keys: %v (handoff config listar alla tangentbindningar)",
		"no colour is called %q; the colours are %s":                                       "ingen färg heter %q; färgerna är %s",
		"no database at %s":                                                                "ingen databas i %s",
		"no database at %s, and its folder %s does not exist":                              "ingen databas i %s, och dess mapp %s finns inte",
		"no database at %s; create a new one there? [y/N] ":                                "ingen databas i %s; skapa en ny där? [j/N] ",
		"no database at %s; nothing was created":                                           "ingen databas i %s; inget skapades",
		"no deal matches %q":                                                               "ingen affär matchar %q",
		"no deals":                                                                         "inga affärer",
		"no longer watching %q":                                                            "bevakar inte längre %q",
		"no words of the team's own; the built-in watch lists are in use":                  "teamet har inga egna ord; de inbyggda bevakningslistorna används",
		"none: the defaults apply":                                                         "ingen: standardinställningarna gäller",
		"not as written":                                                                   "inte som skrivet",
		"not used: the defaults apply":                                                     "används inte: standardinställningarna gäller",
		"nothing to do":                                                                    "inget att göra",
		"nothing was imported from %s: %v":                                                 "inget importerades från %s: %v",
		"nothing was imported from %s:%s":                                                  "inget importerades från %s:%s",
		"overdue: %s (due %s, %s)":                                                         "försenad: %s (klart senast %s, %s)",
		"read":                                                                             "inläst",
		"ready":                                                                            "redo",
		"sign-off":                                                                         "godkännande",
		"term to agree":                                                                    "begrepp att komma överens om",
		"the database file is damaged where this is kept":                                  "databasfilen är skadad där detta finns",
		"the sample deals were not added: %v":                                              "exempelaffärerna lades inte till: %v",
		"the terminal UI stopped: %v":                                                      "terminalappen stannade: %v",
		"theme is auto, dark or light, not %q":                                             "theme är auto, dark eller light, inte %q",
		"there are no open deals to export":                                                "det finns inga öppna affärer att exportera",
		"unexpected argument %q":                                                           "oväntat argument %q",
		"unknown command %q (handoff --help lists every command)":                          "okänt kommando %q (handoff --help listar alla kommandon)",
		"unknown command %q; did you mean %s? (handoff --help lists every command)": "okänt kommando %q; menade du %s? (handoff --help listar alla kommandon)",
		"unknown flag --%s":                                        "okänd flagga --%s",
		"unknown flag --%s; did you mean --%s?":                    "okänd flagga --%s; menade du --%s?",
		"unknown language %q; handoff speaks %s":                   "okänt språk %q; handoff talar %s",
		"warning: %s.":                                             "varning: %s.",
		"watching %q in every deal":                                "bevakar %q i varje affär",
		"words: %q is not one of the team's words":                 "words: %q är inte ett av teamets ord",
		"words: %q: %v":                                            "words: %q: %v",
		"words: --format is text or json, not %q":                  "words: --format är text eller json, inte %q",
		"words: unknown %q; use add or remove":                     "words: okänt %q; använd add eller remove",
		"words: use words, words add WORD…, or words remove WORD…": "words: använd words, words add ORD… eller words remove ORD…",
		"wrote %s": "skrev %s",
		"y yes":    "j ja",
	}, map[string]Forms{
		"%[2]q matches %[1]d deals; name one by id:%[3]s": {One: "%[2]q matchar %[1]d affär; ange en med id:%[3]s", Other: "%[2]q matchar %[1]d affärer; ange en med id:%[3]s"},
		"%d blockers":                 {One: "%d hinder", Other: "%d hinder"},
		"%d deals":                    {One: "%d affär", Other: "%d affärer"},
		"%d new people":               {One: "%d ny person", Other: "%d nya personer"},
		"%d promises":                 {One: "%d löfte", Other: "%d löften"},
		"added %d sample deals to %s": {One: "lade till %d exempelaffär i %s", Other: "lade till %d exempelaffärer i %s"},
		"agenda: %[2]q matches %[1]d people; give the full name:%[3]s": {One: "agenda: %[2]q matchar %[1]d person; ange hela namnet:%[3]s", Other: "agenda: %[2]q matchar %[1]d personer; ange hela namnet:%[3]s"},
	})
}
