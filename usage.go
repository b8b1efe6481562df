package main

import "handoff/internal/i18n"

// usage is the whole usage text in the language, the one source of every
// command's help, of the completion scripts and of the manual page. Each
// language translates it whole (internal/i18n/*_cli.go); cmdhelp.go cuts
// it by its headings, which are messages of their own.
func usage(l i18n.Lang) string { return usageFor(l, defaultDBPath()) }

// usageFor is the usage text naming dbPath as the default database.
func usageFor(l i18n.Lang, dbPath string) string {
	return l.T(`handoff — mind the gap between what sales promised and what delivery can build.

Usage:
  handoff [--db PATH] [command]

Commands:
  (none)     open the terminal UI on the database
  demo       open the terminal UI on a throwaway database with sample deals
  sample     add the sample deals to the database (refused when they are there
             already; flags: --allow-duplicates adds them again)
  check      print readiness and blockers; exit 0 ready, 1 not ready, 2 error
             flags: --deal ID|NAME
                    --format text|json  (json: the readiness feed, see README)
  export     write the handoff report of a deal (markdown), or the data as JSON
             flags: --deal ID|NAME  the deal; without it, markdown is every open
                                    deal's report one after another, JSON is every deal
                    --format markdown|json  (default markdown)
                    --audience internal|customer  markdown for the team (the
                                    default) or the customer's copy: no amounts,
                                    sold effort, internal notes, decisions or gaps
                    -o FILE         write FILE (whole or not at all) instead of stdout
  import     import FILE: a JSON export, all or nothing (into an empty database it
             keeps ids, so export → import → export gives the same file); or the
             promises of a CSV file, with a header row naming any of the columns
             title,detail,category,priority,promised_by,source,source_ref,made_on,
             due,verification,problem,budget_days (only title is required; a bad
             row refuses the whole file; an unknown promised_by is added as sales)
             flags: --deal ID|NAME  the deal the CSV promises belong to
                    --create        make the deal (stage lead) if none has that name
                    --allow-duplicates  add deals (same name and customer) or
                                    promises (same title and source_ref in the
                                    deal) the database already holds
  confirm    record the customer's written answer to the customer copy: the
             promises (P1 …) and definitions (T1 …) named, or --all; a confirmed
             promise moves to confirmed, a definition counts the customer as agreed
             flags: --deal ID|NAME  the deal
                    --by NAME       who at the customer answered (a new name is
                                    added to the directory as a customer)
                    --ref REF       where the answer is ("email 2026-12-10")
                    --on DATE       the day they answered (default today)
                    --all           every promise and every definition
                    --not-as-written TEXT  what they wrote instead: the promise
                                    keeps its level and a gap is raised; a
                                    definition becomes disputed
  words      list the team's own watch words (besides the built-in ones);
             words add WORD…, words remove WORD… change them ("odbiór*": any ending)
             flags: --format text|json  (the list; json for scripts)
  agenda     one person's open items across every deal, overdue first: the gaps
             they own, answers awaited (delivery owner), terms to agree (sales and
             presales owner), sign-offs waiting (deals at handoff)
             flags: --owner NAME    whose agenda (default: the actor, by name)
                    --overdue       only items past their due date
                    --within 7d     only items due within 7 days (2w: 14), overdue too
                    --format text|json|ics  (ics: an iCalendar file to import)
  outcome    record what became of a promise once its deal is in delivery:
             outcome P1 kept|late|changed|dropped|broken (late counts the days
             from the due date; changed and dropped link the agreement); refused
             (exit 2) for a deal not in delivery yet
             flags: --deal ID|NAME  the deal
                    --note TEXT     a note beside the outcome
                    --on DATE       the day (default today)
  kept       promises made against promises kept, across every deal: kept,
             late, changed, dropped, broken, by deal, category, source, and the
             verification and delivery fit at handoff (never by person)
             flags: --since DATE    only outcomes recorded from that day
                    --format text|json
  keys       list the SSH keys people sign in to serve with; keys add PERSON
             KEY|FILE gives a person in the directory a public key (a .pub
             file, or the key itself), keys remove FINGERPRINT takes one away
  serve      serve the terminal UI and the commands over SSH to the people
             whose keys the directory holds, on this one database file
             flags: --listen ADDR   where to listen (default 127.0.0.1:23234;
                                    any other address only when given)
                    --host-key PATH the server's key, made on first start,
                                    0600 (default: handoff_host_ed25519_key
                                    beside the database)
                    --idle-timeout 30m  close a connection idle that long
                    --max-session 12h   close a connection open that long
                    --max-sessions 32   sessions at once; more are refused
  backup     backup PATH writes a consistent copy of the database (0600), also
             while the app or serve has it open and writes to it
  config     print where the config file is and the settings in effect
  completion print a shell completion script: completion bash|zsh|fish
  man        print the manual page (roff, for man -l -)
  version    print the app version and the schema version (the database's
             is read from its file, which is never created or changed)

Global flags:
  --db PATH      the database file (default: $HANDOFF_DB, else %s)
  --actor NAME   who the changes are recorded as (default: $HANDOFF_ACTOR, else the OS user)
  --lang LANG    the language: en, pl, de, sv, it or zh (default: $HANDOFF_LANG,
                 else $LC_ALL, $LC_MESSAGES or $LANG; else English)
  --debug        write a log of the run to the state folder (handoff config says where)
  --no-mouse     leave the mouse to the terminal (config: mouse: false)
  --version      print the app version
  -h, --help     show this help

check, export, agenda and listing words only read: without a database they exit 2.
The others create one when there is none: on the default path with its
folders; on a path you name only in a folder that exists (and the terminal
UI asks first).

Exit codes: 0 success, 1 not ready or nothing to do, 2 usage or data error.
`, dbPath)
}
