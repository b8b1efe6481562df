package i18n

// The command line: usage, flags, command messages and errors.
func init() {
	Register(PL, map[string]string{
		cliUsage: `handoff — pilnuj luki między tym, co obiecała sprzedaż, a tym, co zbuduje wdrożenie.

Użycie:
  handoff [--db ŚCIEŻKA] [polecenie]

Polecenia:
  (brak)     otwiera aplikację terminalową na bazie danych
  demo       otwiera aplikację na tymczasowej bazie z przykładowymi szansami
  sample     dodaje przykładowe szanse do bazy (odmawia, gdy już w niej są;
             flagi: --allow-duplicates dodaje je ponownie)
  check      wypisuje gotowość do przekazania i przeszkody; kod wyjścia 0 gotowa,
             1 niegotowa, 2 błąd
             flagi: --deal ID|NAZWA
                    --format text|json  (json: kanał gotowości, zob. README)
  export     zapisuje raport przekazania szansy (markdown) albo dane jako JSON
             flagi: --deal ID|NAZWA  szansa; bez niej markdown to raporty
                                    wszystkich otwartych szans po kolei, JSON
                                    to wszystkie szanse
                    --format markdown|json  (domyślnie markdown)
                    --audience internal|customer  markdown dla zespołu
                                    (domyślnie) albo wersja dla klienta: bez
                                    kwot, sprzedanego nakładu, notatek
                                    wewnętrznych, decyzji i luk
                    -o PLIK         zapisuje PLIK (w całości albo wcale)
                                    zamiast na standardowe wyjście
  import     importuje PLIK: eksport JSON, w całości albo wcale (do pustej bazy
             z zachowaniem identyfikatorów, więc eksport → import → eksport daje
             ten sam plik); albo obietnice z pliku CSV z wierszem nagłówka
             nazywającym dowolne z kolumn
             title,detail,category,priority,promised_by,source,source_ref,made_on,
             due,verification,problem,budget_days (wymagana jest tylko title; zły
             wiersz odrzuca cały plik; nieznana osoba w promised_by zostaje dodana
             jako sprzedaż)
             flagi: --deal ID|NAZWA  szansa, do której należą obietnice z CSV
                    --create        tworzy szansę (etap lead), jeśli żadna nie ma
                                    tej nazwy
                    --allow-duplicates  dodaje szanse (ta sama nazwa i klient)
                                    lub obietnice (ten sam tytuł i source_ref
                                    w szansie), które baza już zawiera
  confirm    zapisuje pisemną odpowiedź klienta na wersję dla klienta: wskazane
             obietnice (P1 …) i definicje (T1 …) albo --all; potwierdzona
             obietnica przechodzi na potwierdzoną, definicja liczy klienta jako
             uzgadniającego
             flagi: --deal ID|NAZWA  szansa
                    --by NAZWA      kto u klienta odpowiedział (nowa osoba
                                    trafia do katalogu jako klient)
                    --ref ODNOŚNIK  gdzie jest odpowiedź („e-mail 2026-12-10”)
                    --on DATA       dzień odpowiedzi (domyślnie dziś)
                    --all           wszystkie obietnice i wszystkie definicje
                    --not-as-written TEKST  co klient napisał zamiast tego:
                                    obietnica zachowuje swój poziom i powstaje
                                    luka; definicja staje się sporna
  words      wypisuje własne słowa kontrolne zespołu (poza wbudowanymi);
             words add SŁOWO…, words remove SŁOWO… je zmieniają („odbiór*”:
             dowolna końcówka)
             flagi: --format text|json  (lista; json dla skryptów)
  agenda     otwarte sprawy jednej osoby we wszystkich szansach, najpierw po
             terminie: jej luki, oczekiwane oceny (odpowiedzialny za wdrożenie),
             pojęcia do uzgodnienia (odpowiedzialny za sprzedaż i presales),
             oczekujące akceptacje (szanse na etapie przekazania)
             flagi: --owner NAZWA   czyja agenda (domyślnie: aktor, po nazwie)
                    --overdue       tylko sprawy po terminie
                    --within 7d     tylko sprawy z terminem w ciągu 7 dni
                                    (2w: 14), także po terminie
                    --format text|json|ics  (ics: plik iCalendar do importu)
  outcome    zapisuje, co stało się z obietnicą, gdy szansa jest w realizacji:
             outcome P1 kept|late|changed|dropped|broken (late liczy dni od
             terminu; changed i dropped wiążą porozumienie); odmowa (kod 2) dla
             szansy, która nie jest jeszcze w realizacji
             flagi: --deal ID|NAZWA  szansa
                    --note TEKST    notatka przy wyniku
                    --on DATA       dzień (domyślnie dziś)
  kept       obietnice złożone wobec dotrzymanych we wszystkich szansach:
             dotrzymane, z opóźnieniem, zmienione, wycofane, niedotrzymane, wg
             szansy, kategorii, źródła oraz weryfikacji i pokrycia przy
             przekazaniu (nigdy wg osób)
             flagi: --since DATA    tylko wyniki zapisane od tego dnia
                    --format text|json
  keys       wypisuje klucze SSH, którymi osoby logują się do serve; keys add OSOBA
             KLUCZ|PLIK daje osobie z katalogu klucz publiczny (plik .pub albo
             sam klucz), keys remove ODCISK usuwa klucz
  serve      udostępnia aplikację i polecenia przez SSH osobom, których klucze
             są w katalogu, na tym jednym pliku bazy
             flagi: --listen ADRES  gdzie nasłuchiwać (domyślnie 127.0.0.1:23234;
                                    inny adres tylko podany wprost)
                    --host-key ŚCIEŻKA klucz serwera, tworzony przy pierwszym
                                    uruchomieniu, 0600 (domyślnie:
                                    handoff_host_ed25519_key obok bazy)
                    --idle-timeout 30m  zamyka połączenie bezczynne tak długo
                    --max-session 12h   zamyka połączenie otwarte tak długo
                    --max-sessions 32   sesji naraz; kolejne są odrzucane
  backup     backup ŚCIEŻKA zapisuje spójną kopię bazy (0600), także gdy
             aplikacja lub serve ma ją otwartą i do niej pisze
  config     wypisuje, gdzie jest plik konfiguracji, i obowiązujące ustawienia
  completion wypisuje skrypt uzupełniania dla powłoki: completion bash|zsh|fish
  man        wypisuje stronę podręcznika (roff, dla man -l -)
  version    wypisuje wersję aplikacji i wersję schematu (schemat bazy jest
             odczytywany z pliku, którego nigdy się nie tworzy ani nie zmienia)

Flagi globalne:
  --db ŚCIEŻKA   plik bazy danych (domyślnie: $HANDOFF_DB, inaczej %s)
  --actor NAZWA  jako kto zapisywane są zmiany (domyślnie: $HANDOFF_ACTOR,
                 inaczej użytkownik systemu)
  --lang JĘZYK   język: en, pl, de, sv, it lub zh (domyślnie: $HANDOFF_LANG,
                 inaczej $LC_ALL, $LC_MESSAGES lub $LANG; inaczej angielski)
  --debug        zapisuje dziennik przebiegu w folderze stanu (gdzie — mówi
                 handoff config)
  --no-mouse     zostawia mysz terminalowi (konfiguracja: mouse: false)
  --version      wypisuje wersję aplikacji
  -h, --help     pokazuje tę pomoc

check, export, agenda i wypisywanie słów tylko czytają: bez bazy kończą się kodem 2.
Pozostałe tworzą bazę, gdy jej nie ma: na domyślnej ścieżce razem z folderami;
na wskazanej ścieżce tylko w istniejącym folderze (a aplikacja terminalowa
najpierw pyta).

Kody wyjścia: 0 sukces, 1 niegotowa lub nic do zrobienia, 2 błąd użycia lub danych.
`,
		" (ids kept)": " (z zachowaniem identyfikatorów)",
		"%d%% — %s":   "%d%% — %s",
		"%s":          "%s",
		"%s could not be copied aside before upgrading it (%v), so it was left as it was": "nie udało się skopiować %s na bok przed aktualizacją (%v), więc plik pozostał bez zmian",
		"%s could not be read: %v": "nie udało się odczytać %s: %v",
		"%s could not be upgraded to schema %d (%s), so it was left as it was; this version of handoff cannot use it":                           "nie udało się zaktualizować %s do schematu %d (%s), więc plik pozostał bez zmian; ta wersja handoff nie może go używać",
		"%s has no promises, only a header: nothing to import":                                                                                  "%s nie zawiera obietnic, tylko nagłówek: nie ma czego importować",
		"%s is a folder, not a handoff database":                                                                                                "%s to folder, nie baza danych handoff",
		"%s is a link to %s, which does not exist; handoff does not create a database through a link":                                           "%s to dowiązanie do %s, które nie istnieje; handoff nie tworzy bazy przez dowiązanie",
		"%s is an empty file (0 bytes), not a handoff database yet":                                                                             "%s to pusty plik (0 bajtów), jeszcze nie baza danych handoff",
		"%s is damaged so badly that handoff cannot open it; restore it from a backup":                                                          "%s jest tak uszkodzony, że handoff nie może go otworzyć; przywróć go z kopii zapasowej",
		"%s is damaged, so handoff will not write to it; save what can still be read with: handoff --db %s export --format json -o rescue.json": "%s jest uszkodzony, więc handoff nic do niego nie zapisze; zachowaj to, co da się odczytać: handoff --db %s export --format json -o rescue.json",
		"%s is from an older version of handoff and could not be read (%v)":                                                                     "%s pochodzi ze starszej wersji handoff i nie udało się go odczytać (%v)",
		"%s is marked as a handoff database but holds none of its tables (was it emptied by another program?)":                                  "%s jest oznaczony jako baza handoff, ale nie ma żadnej z jej tabel (czy inny program go opróżnił?)",
		"%s is not a handoff database": "%s to nie baza danych handoff",
		"%s is not a handoff database (it is a SQLite file made by another program)":                                          "%s to nie baza danych handoff (to plik SQLite innego programu)",
		"%s is not a handoff database (it is not a SQLite file)":                                                              "%s to nie baza danych handoff (to nie plik SQLite)",
		"%s is read-only for you, and handoff needs to write to it":                                                           "%s jest dla ciebie tylko do odczytu, a handoff musi do niego zapisywać",
		"%s was created by a newer version of handoff (schema %d; this version knows schema %d); update handoff to open it":   "%s utworzyła nowsza wersja handoff (schemat %d; ta wersja zna schemat %d); zaktualizuj handoff, aby go otworzyć",
		"%s was deleted, moved or replaced while handoff had it open, so nothing more is saved; quit and start handoff again": "%s usunięto, przeniesiono lub zastąpiono, gdy handoff miał go otwartego, więc nic więcej nie zostanie zapisane; zakończ i uruchom handoff ponownie",
		"%s — run again with --allow-duplicates to add them anyway":                                                           "%s — uruchom ponownie z --allow-duplicates, aby mimo to je dodać",
		"%s, %d overdue": "%s, %d po terminie",
		"%s: %q is no colour; write it as #rrggbb": "%s: %q to nie kolor; zapisz go jako #rrggbb",
		"%s: %s":                             "%s: %s",
		"%s: %s by %s on %s (%s)":            "%s: %s przez %s dnia %s (%s)",
		"%s: %v":                             "%s: %v",
		"%s: line %d: %v":                    "%s: wiersz %d: %v",
		"%s; the defaults apply":             "%s; obowiązują ustawienia domyślne",
		"--%s needs a value":                 "--%s wymaga wartości",
		"--%s: %s is not a valid value (%s)": "--%s: %s to nieprawidłowa wartość (%s)",
		"; due %s, %s":                       "; termin %s, %s",
		"Agenda of %s (%s) on %s: %s":        "Agenda: %s (%s), %s: %s",
		"Coming up":                          "Nadchodzące",
		"Commands:":                          "Polecenia:",
		"Created a new database at %s.":      "Utworzono nową bazę danych: %s.",
		"Demo: a throwaway database with sample deals, deleted when you quit. ? lists every key.": "Demo: tymczasowa baza z przykładowymi szansami, usuwana przy wyjściu. ? pokazuje wszystkie klawisze.",
		"Global flags:": "Flagi globalne:",
		"No due date":   "Bez terminu",
		"Overdue":       "Po terminie",
		"Upgraded the database; the old version is kept in %s.":                 "Zaktualizowano bazę danych; stara wersja jest zachowana w %s.",
		"Usage:\n  handoff [--db PATH] %s [flags]\n\n%s\n\nGlobal flags:\n%s\n": "Użycie:\n  handoff [--db ŚCIEŻKA] %s [flagi]\n\n%s\n\nFlagi globalne:\n%s\n",
		"Warning: %s.":                                  "Uwaga: %s.",
		"added to the people as sales: %s":              "dodano do osób jako sprzedaż: %s",
		"agenda: --format is text, json or ics, not %q": "agenda: --format to text, json lub ics, nie %q",
		"agenda: --within: %v":                          "agenda: --within: %v",
		"agenda: nobody in the directory is called %q":  "agenda: w katalogu nie ma nikogo o nazwie %q",
		"agenda: the actor %q is nobody in the directory; name a person with --owner": "agenda: aktora %q nie ma w katalogu; wskaż osobę przez --owner",
		"answer awaited": "czeka na ocenę",
		"check: --format is text or json, not %q":                                 "check: --format to text lub json, nie %q",
		"completion: %q is no shell handoff completes for; use bash, zsh or fish": "completion: %q to nie powłoka, dla której handoff uzupełnia; użyj bash, zsh lub fish",
		"completion: name the shell: bash, zsh or fish":                           "completion: wskaż powłokę: bash, zsh lub fish",
		"config file: %s (%s)":                                                    "plik konfiguracji: %s (%s)",
		"confirm: %q is no promise (P1 …) or definition (T1 …) of %s":             "confirm: %q nie jest obietnicą (P1 …) ani definicją (T1 …) szansy %s",
		"confirm: %s is %s, not a person at the customer":                         "confirm: %s to %s, nie osoba po stronie klienta",
		"confirm: --by names the person at the customer who answered":             "confirm: --by wskazuje osobę u klienta, która odpowiedziała",
		"confirm: --deal names the deal":                                          "confirm: --deal wskazuje szansę",
		"confirm: --not-as-written answers the points it names, not --all":        "confirm: --not-as-written odpowiada na wskazane punkty, nie na --all",
		"confirm: --on %q is not a date (YYYY-MM-DD)":                             "confirm: --on %q nie jest datą (RRRR-MM-DD)",
		"confirm: --ref says where the answer is (\"email 2026-12-10\")":          "confirm: --ref mówi, gdzie jest odpowiedź („e-mail 2026-12-10”)",
		"confirm: name the points (P1 T2 …) or --all, not both":                   "confirm: wskaż punkty (P1 T2 …) albo --all, nie jedno i drugie",
		"confirm: name the points the customer answered (P1 T2 …), or --all":      "confirm: wskaż punkty, na które klient odpowiedział (P1 T2 …), albo --all",
		"confirmed":             "potwierdzone",
		"could not read %s: %v": "nie udało się odczytać %s: %v",
		"could not write %s: it is a folder; name a file in it":                     "nie udało się zapisać %s: to folder; wskaż plik w nim",
		"database %s (none yet)":                                                    "baza danych %s (jeszcze nie ma)",
		"database %s (schema %d)":                                                   "baza danych %s (schemat %d)",
		"debug log (--debug): %s":                                                   "dziennik (--debug): %s",
		"export: --audience is internal or customer, not %q":                        "export: --audience to internal lub customer, nie %q",
		"export: --format is markdown or json, not %q":                              "export: --format to markdown lub json, nie %q",
		"export: the customer copy is markdown; the JSON export is the team's data": "export: wersja dla klienta jest w markdown; eksport JSON to dane zespołu",
		"gap": "luka",
		"import: %s holds promises; name their deal with --deal (and --create to make it)": "import: %s zawiera obietnice; wskaż ich szansę przez --deal (i --create, aby ją utworzyć)",
		"import: --deal and --create are for CSV files of promises; %s is a JSON export":   "import: --deal i --create są dla plików CSV z obietnicami; %s to eksport JSON",
		"import: name one file to import":                                                  "import: wskaż jeden plik do importu",
		"imported %s and %s from %s":                                                       "zaimportowano %s i %s z %s",
		"imported %s into %q (id %d)":                                                      "zaimportowano %s do %q (id %d)",
		"imported %s into the new deal %q (id %d)":                                         "zaimportowano %s do nowej szansy %q (id %d)",
		"keys: %v (handoff config lists every binding)":                                    "keys: %v (handoff config wymienia wszystkie przypisania)",
		"no colour is called %q; the colours are %s":                                       "nie ma koloru o nazwie %q; kolory to: %s",
		"no database at %s":                                                                "brak bazy danych w %s",
		"no database at %s, and its folder %s does not exist":                              "brak bazy danych w %s, a jej folder %s nie istnieje",
		"no database at %s; create a new one there? [y/N] ":                                "brak bazy danych w %s; utworzyć tam nową? [t/N] ",
		"no database at %s; nothing was created":                                           "brak bazy danych w %s; niczego nie utworzono",
		"no deal matches %q":                                                               "żadna szansa nie pasuje do %q",
		"no deals":                                                                         "brak szans",
		"no longer watching %q":                                                            "%q nie jest już obserwowane",
		"no words of the team's own; the built-in watch lists are in use":                  "zespół nie ma własnych słów; używane są wbudowane listy kontrolne",
		"none: the defaults apply":                                                         "brak: obowiązują ustawienia domyślne",
		"not as written":                                                                   "nie tak, jak zapisano",
		"not used: the defaults apply":                                                     "nieużyty: obowiązują ustawienia domyślne",
		"nothing to do":                                                                    "nic do zrobienia",
		"nothing was imported from %s: %v":                                                 "nic nie zaimportowano z %s: %v",
		"nothing was imported from %s:%s":                                                  "nic nie zaimportowano z %s:%s",
		"overdue: %s (due %s, %s)":                                                         "po terminie: %s (termin %s, %s)",
		"read":                                                                             "wczytany",
		"ready":                                                                            "gotowa",
		"sign-off":                                                                         "akceptacja",
		"term to agree":                                                                    "pojęcie do uzgodnienia",
		"the database file is damaged where this is kept":                                  "plik bazy danych jest uszkodzony w miejscu, gdzie to jest przechowywane",
		"the sample deals were not added: %v":                                              "nie dodano przykładowych szans: %v",
		"the terminal UI stopped: %v":                                                      "aplikacja terminalowa zatrzymała się: %v",
		"theme is auto, dark or light, not %q":                                             "theme to auto, dark lub light, nie %q",
		"there are no open deals to export":                                                "nie ma otwartych szans do eksportu",
		"unexpected argument %q":                                                           "nieoczekiwany argument %q",
		"unknown command %q (handoff --help lists every command)":                          "nieznane polecenie %q (handoff --help wymienia wszystkie polecenia)",
		"unknown command %q; did you mean %s? (handoff --help lists every command)": "nieznane polecenie %q; czy chodziło o %s? (handoff --help wymienia wszystkie polecenia)",
		"unknown flag --%s":                                        "nieznana flaga --%s",
		"unknown flag --%s; did you mean --%s?":                    "nieznana flaga --%s; czy chodziło o --%s?",
		"unknown language %q; handoff speaks %s":                   "nieznany język %q; handoff obsługuje: %s",
		"warning: %s.":                                             "uwaga: %s.",
		"watching %q in every deal":                                "obserwowane %q we wszystkich szansach",
		"words: %q is not one of the team's words":                 "words: %q nie należy do słów zespołu",
		"words: %q: %v":                                            "words: %q: %v",
		"words: --format is text or json, not %q":                  "words: --format to text lub json, nie %q",
		"words: unknown %q; use add or remove":                     "words: nieznane %q; użyj add lub remove",
		"words: use words, words add WORD…, or words remove WORD…": "words: użyj words, words add SŁOWO… lub words remove SŁOWO…",
		"wrote %s": "zapisano %s",
		"y yes":    "t tak",
	}, map[string]Forms{
		"%[2]q matches %[1]d deals; name one by id:%[3]s": {One: "%[2]q pasuje do %[1]d szansy; wskaż jedną przez id:%[3]s", Few: "%[2]q pasuje do %[1]d szans; wskaż jedną przez id:%[3]s", Many: "%[2]q pasuje do %[1]d szans; wskaż jedną przez id:%[3]s", Other: "%[2]q pasuje do %[1]d szansy; wskaż jedną przez id:%[3]s"},
		"%d blockers":                 {One: "%d przeszkoda", Few: "%d przeszkody", Many: "%d przeszkód", Other: "%d przeszkody"},
		"%d new people":               {One: "%d nową osobę", Few: "%d nowe osoby", Many: "%d nowych osób", Other: "%d nowej osoby"},
		"added %d sample deals to %s": {One: "dodano %d przykładową szansę do %s", Few: "dodano %d przykładowe szanse do %s", Many: "dodano %d przykładowych szans do %s", Other: "dodano %d przykładowej szansy do %s"},
		"agenda: %[2]q matches %[1]d people; give the full name:%[3]s": {One: "agenda: %[2]q pasuje do %[1]d osoby; podaj pełne imię i nazwisko:%[3]s", Few: "agenda: %[2]q pasuje do %[1]d osób; podaj pełne imię i nazwisko:%[3]s", Many: "agenda: %[2]q pasuje do %[1]d osób; podaj pełne imię i nazwisko:%[3]s", Other: "agenda: %[2]q pasuje do %[1]d osoby; podaj pełne imię i nazwisko:%[3]s"},
	})
}
