package ui

import (
	"fmt"
	"go/ast"
	"go/parser"
	"go/token"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"

	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"

	"github.com/charmbracelet/x/ansi"

	"handoff/internal/i18n"
	"handoff/model"
)

// modalBindings lists every binding of the modal groups by its place in
// the KeyMap: "Form.Save", "Picker.Roles[2]".
func modalBindings(k KeyMap) map[string]key.Binding {
	out := map[string]key.Binding{}
	groups := map[string]any{"Form": k.Form, "Picker": k.Picker, "Dialog": k.Dialog, "Preview": k.Preview, "Typing": k.Typing}
	for g, v := range groups {
		rv := reflect.ValueOf(v)
		for i := range rv.NumField() {
			name := g + "." + rv.Type().Field(i).Name
			switch f := rv.Field(i).Interface().(type) {
			case key.Binding:
				out[name] = f
			case []key.Binding:
				for j, b := range f {
					out[fmt.Sprintf("%s[%d]", name, j)] = b
				}
			}
		}
	}
	return out
}

// send passes one key, by name, to a modal.
func send(m modal, k string) (modal, tea.Cmd) { return m.Update(keyMsg(k)) }

// typeInto types s into a modal, a key a character.
func typeInto(m modal, s string) {
	for _, r := range s {
		m.Update(tea.KeyPressMsg{Code: r, Text: string(r)})
	}
}

// statusOf is the status line a command asks for, "" if none.
func statusOf(cmd tea.Cmd) string {
	if cmd == nil {
		return ""
	}
	if s, ok := cmd().(statusMsg); ok {
		return s.text
	}
	return ""
}

// marker is a message a dialog's command returns, to see which ran.
type marker string

func markerCmd(s string) tea.Cmd { return func() tea.Msg { return marker(s) } }

// testForm is a form with one field of each kind: text, area, choice,
// person, text. saved counts the saves.
func testForm(h *harness) (f *form, saved *int) {
	f = newForm(h.a.sh, "Test form")
	f.text("t", "Text", "", "")
	f.area("a", "Area", "")
	choiceField(f, "c", "Choice", []string{"one", "two", "three"}, "one")
	f.person("p", "Person", 0, model.RoleSales)
	f.text("u", "Last", "", "")
	saved = new(int)
	f.submit = func(*form) (tea.Cmd, error) { *saved++; return nil, nil }
	return f, saved
}

// focusOn moves a fresh form's focus to field i.
func focusOn(f *form, i int) *form {
	f.moveFocus(i - f.focus)
	return f
}

// personPicker opens the chooser of people with typed already typed.
func personPicker(h *harness, typed string) *chooser {
	openPicker(h.a.sh, "someone", h.a.sh.newOwner(), "field", model.RoleSales, true, typed)
	p := h.a.sh.opened[len(h.a.sh.opened)-1].(*chooser)
	h.a.sh.opened = nil
	return p
}

// addingPicker is the chooser of people asking a new name's role, from sales.
func addingPicker(t *testing.T, h *harness) *chooser {
	p := personPicker(h, "Zed Newman")
	send(p, "enter")
	if !p.c.adding() || p.c.add.role != 0 {
		t.Fatalf("the add row did not ask the role from sales: %+v", p.c.add)
	}
	return p
}

func TestEveryModalBindingDoesWhatItsHelpSays(t *testing.T) {
	tests := map[string]func(t *testing.T, h *harness, k string){
		"Form.NextField": func(t *testing.T, h *harness, k string) {
			f, _ := testForm(h)
			if send(f, k); f.focus != 1 {
				t.Errorf("focus %d, want 1", f.focus)
			}
		},
		"Form.PrevField": func(t *testing.T, h *harness, k string) {
			f, _ := testForm(h)
			if send(focusOn(f, 2), k); f.focus != 1 {
				t.Errorf("focus %d, want 1", f.focus)
			}
		},
		"Form.AreaNext": func(t *testing.T, h *harness, k string) {
			f, _ := testForm(h)
			focusOn(f, 1)
			send(f, "down") // a line down inside the text, not a field
			if send(f, k); f.focus != 2 {
				t.Errorf("focus %d, want 2", f.focus)
			}
		},
		"Form.AreaPrev": func(t *testing.T, h *harness, k string) {
			f, _ := testForm(h)
			focusOn(f, 1)
			send(f, "up")
			if send(f, k); f.focus != 0 {
				t.Errorf("focus %d, want 0", f.focus)
			}
		},
		"Form.Enter": func(t *testing.T, h *harness, k string) {
			f, saved := testForm(h)
			if send(f, k); f.focus != 1 || *saved != 0 {
				t.Errorf("focus %d, saved %d: want the next field", f.focus, *saved)
			}
			if send(focusOn(f, 4), k); *saved != 1 {
				t.Errorf("enter on the last field saved %d times", *saved)
			}
		},
		"Form.Save": func(t *testing.T, h *harness, k string) {
			f, saved := testForm(h)
			if send(f, k); *saved != 1 {
				t.Errorf("saved %d times", *saved)
			}
		},
		"Form.Cancel": func(t *testing.T, h *harness, k string) {
			f, saved := testForm(h)
			if next, _ := send(f, k); next != nil || *saved != 0 {
				t.Errorf("the form stayed open (%v) or saved (%d)", next != nil, *saved)
			}
		},
		"Form.OptionNext": func(t *testing.T, h *harness, k string) {
			f, _ := testForm(h)
			if send(focusOn(f, 2), k); f.value("c") != "two" {
				t.Errorf("choice %q", f.value("c"))
			}
		},
		"Form.OptionPrev": func(t *testing.T, h *harness, k string) {
			f, _ := testForm(h)
			if send(focusOn(f, 2), k); f.value("c") != "three" {
				t.Errorf("choice %q", f.value("c"))
			}
		},
		"Form.Suggest": func(t *testing.T, h *harness, k string) {
			f, _ := testForm(h)
			if send(focusOn(f, 3), k); !f.fields[3].open {
				t.Error("no suggestions")
			}
		},
		"Form.ClearPerson": func(t *testing.T, h *harness, k string) {
			f, _ := testForm(h)
			f.fields[3].person = h.personNamed("Anna")
			if send(focusOn(f, 3), k); f.personID("p") != 0 {
				t.Errorf("person %d, want nobody", f.personID("p"))
			}
		},
		"Form.TakeNext": func(t *testing.T, h *harness, k string) {
			f, _ := testForm(h)
			send(focusOn(f, 3), "space")
			typeInto(f, "Anna")
			if send(f, k); f.personID("p") != h.personNamed("Anna") || f.focus != 4 {
				t.Errorf("person %d, focus %d", f.personID("p"), f.focus)
			}
		},
		"Form.TakePrev": func(t *testing.T, h *harness, k string) {
			f, _ := testForm(h)
			send(focusOn(f, 3), "space")
			typeInto(f, "Anna")
			if send(f, k); f.personID("p") != h.personNamed("Anna") || f.focus != 2 {
				t.Errorf("person %d, focus %d", f.personID("p"), f.focus)
			}
		},

		"Picker.Up": func(t *testing.T, h *harness, k string) {
			p := personPicker(h, "")
			send(p, "down")
			if send(p, k); p.c.cur.pos != 0 {
				t.Errorf("row %d, want 0", p.c.cur.pos)
			}
		},
		"Picker.Down": func(t *testing.T, h *harness, k string) {
			p := personPicker(h, "")
			if send(p, k); p.c.cur.pos != 1 {
				t.Errorf("row %d, want 1", p.c.cur.pos)
			}
		},
		"Picker.Choose": func(t *testing.T, h *harness, k string) {
			chosen := -1
			openChooser(h.a.sh, "Lines", "", []string{"alpha", "beta", "gamma"}, func(i int) tea.Cmd { chosen = i; return nil })
			p := h.a.sh.opened[0]
			h.a.sh.opened = nil
			typeInto(p, "gam")
			if next, _ := send(p, k); next != nil || chosen != 2 {
				t.Errorf("chose %d (open %v), want gamma", chosen, next != nil)
			}
		},
		"Picker.Cancel": func(t *testing.T, h *harness, k string) {
			p := personPicker(h, "Anna")
			if next, cmd := send(p, k); next != nil || cmd != nil {
				t.Error("cancel left the chooser open or chose")
			}
		},
		"Picker.Add": func(t *testing.T, h *harness, k string) {
			p := addingPicker(t, h)
			_, cmd := send(p, k)
			if cmd == nil {
				t.Fatal("nothing added")
			}
			if msg, ok := cmd().(personAddedMsg); !ok || msg.person.Name != "Zed Newman" || msg.person.Role != model.RoleSales {
				t.Errorf("added %+v", msg)
			}
		},
		"Picker.Back": func(t *testing.T, h *harness, k string) {
			p := addingPicker(t, h)
			if next, _ := send(p, k); next == nil || p.c.adding() {
				t.Error("back did not return to the names")
			}
		},
		"Picker.Close": func(t *testing.T, h *harness, k string) {
			f, _ := testForm(h)
			send(focusOn(f, 3), "space")
			if next, _ := send(f, k); next == nil || f.fields[3].open {
				t.Error("the suggestions stayed open, or the form closed")
			}
		},
		"Picker.RoleNext": func(t *testing.T, h *harness, k string) {
			p := addingPicker(t, h)
			if send(p, k); p.c.add.role != 1 {
				t.Errorf("role %d, want 1", p.c.add.role)
			}
		},
		"Picker.RolePrev": func(t *testing.T, h *harness, k string) {
			p := addingPicker(t, h)
			if send(p, k); p.c.add.role != len(model.Roles)-1 {
				t.Errorf("role %d, want the last", p.c.add.role)
			}
		},

		"Dialog.Yes": func(t *testing.T, h *harness, k string) {
			d := &confirm{sh: h.a.sh, question: "Sure?", yes: markerCmd("yes")}
			if next, cmd := send(d, k); next != nil || cmd == nil || cmd() != marker("yes") {
				t.Error("yes did not run the command")
			}
		},
		"Dialog.No": func(t *testing.T, h *harness, k string) {
			d := &confirm{sh: h.a.sh, question: "Sure?", yes: markerCmd("yes")}
			if next, cmd := send(d, k); next != nil || statusOf(cmd) != "Nothing was changed." {
				t.Error("no did not close the question unchanged")
			}
		},
		"Dialog.Reload": func(t *testing.T, h *harness, k string) {
			d := &conflictDialog{sh: h.a.sh, reload: markerCmd("reload"), overwrite: markerCmd("overwrite")}
			if _, cmd := send(d, k); cmd == nil || cmd() != marker("reload") {
				t.Error("did not reload")
			}
		},
		"Dialog.Overwrite": func(t *testing.T, h *harness, k string) {
			d := &conflictDialog{sh: h.a.sh, reload: markerCmd("reload"), overwrite: markerCmd("overwrite")}
			if _, cmd := send(d, k); cmd == nil || cmd() != marker("overwrite") {
				t.Error("did not overwrite")
			}
		},
		"Dialog.BackToForm": func(t *testing.T, h *harness, k string) {
			d := &conflictDialog{sh: h.a.sh, reload: markerCmd("reload"), overwrite: markerCmd("overwrite")}
			if next, cmd := send(d, k); next != nil || !strings.Contains(statusOf(cmd), "still in the form") {
				t.Error("did not go back to the form")
			}
		},
		"Dialog.SaveNothing": func(t *testing.T, h *harness, k string) {
			d := &conflictDialog{sh: h.a.sh, noForm: true, reload: markerCmd("reload"), overwrite: markerCmd("overwrite")}
			if next, cmd := send(d, k); next != nil || statusOf(cmd) != "Nothing was saved." {
				t.Error("did not save nothing")
			}
		},
		"Dialog.Replace": func(t *testing.T, h *harness, k string) {
			path := existingFile(t)
			_, cmd := send(&existsDialog{sh: h.a.sh, path: path, markdown: "new"}, k)
			h.run(cmd)
			if b, _ := os.ReadFile(path); string(b) != "new" {
				t.Errorf("the file holds %q", b)
			}
		},
		"Dialog.KeepBoth": func(t *testing.T, h *harness, k string) {
			path := existingFile(t)
			_, cmd := send(&existsDialog{sh: h.a.sh, path: path, markdown: "new"}, k)
			h.run(cmd)
			beside, _ := os.ReadFile(strings.TrimSuffix(path, ".md") + "-2.md")
			if b, _ := os.ReadFile(path); string(b) != "old" || string(beside) != "new" {
				t.Errorf("the file holds %q, the one beside it %q", b, beside)
			}
		},
		"Dialog.WriteNothing": func(t *testing.T, h *harness, k string) {
			path := existingFile(t)
			next, cmd := send(&existsDialog{sh: h.a.sh, path: path, markdown: "new"}, k)
			if b, _ := os.ReadFile(path); next != nil || string(b) != "old" || !strings.HasPrefix(statusOf(cmd), "Nothing was written") {
				t.Errorf("the file holds %q", b)
			}
		},
		"Dialog.Discard": func(t *testing.T, h *harness, k string) {
			f, _ := testForm(h)
			if _, cmd := send(&discardDialog{sh: h.a.sh, form: f}, k); cmd == nil || cmd() != (discardFormMsg{f}) {
				t.Error("did not discard the form")
			}
		},
		"Dialog.KeepEditing": func(t *testing.T, h *harness, k string) {
			f, _ := testForm(h)
			if next, cmd := send(&discardDialog{sh: h.a.sh, form: f}, k); next != nil || cmd != nil {
				t.Error("did not go back to the form, untouched")
			}
		},

		"Dialog.Help": func(t *testing.T, h *harness, k string) {
			f, _ := testForm(h)
			dk := h.a.sh.keys.Dialog
			for _, c := range []struct {
				d    modal
				keys []key.Binding
			}{
				{&confirm{sh: h.a.sh, question: "Sure?"}, []key.Binding{dk.Yes, dk.No}},
				{&conflictDialog{sh: h.a.sh}, []key.Binding{dk.Reload, dk.Overwrite, dk.BackToForm}},
				{&conflictDialog{sh: h.a.sh, noForm: true}, []key.Binding{dk.Reload, dk.Overwrite, dk.SaveNothing}},
				{&existsDialog{sh: h.a.sh, path: existingFile(t)}, []key.Binding{dk.Replace, dk.KeepBoth, dk.WriteNothing}},
				{&discardDialog{sh: h.a.sh, form: f}, []key.Binding{dk.Discard, dk.KeepEditing}},
			} {
				if next, _ := send(c.d, k); next != c.d || len(h.a.sh.opened) != 1 {
					t.Fatalf("%T: no help over the dialog", c.d)
				}
				// Keys are padded to a column: compare words, not spaces.
				view := strings.Join(strings.Fields(ansi.Strip(h.a.sh.opened[0].View(120, 40))), " ")
				h.a.sh.opened = nil
				for _, b := range c.keys {
					if !strings.Contains(view, strings.Join(strings.Fields(b.Help().Key+" "+b.Help().Desc), " ")) {
						t.Errorf("%T: the help lacks %q:\n%s", c.d, b.Help().Desc, view)
					}
				}
			}
		},

		"Preview.Write": func(t *testing.T, h *harness, k string) {
			t.Chdir(t.TempDir())
			h.openDeal("SAP")
			h.press("x", k)
			h.sees("Wrote the report to")
		},
		"Preview.Audience": func(t *testing.T, h *harness, k string) {
			dir := t.TempDir()
			t.Chdir(dir)
			h.openDeal("SAP")
			h.press("x", k)
			h.sees("Customer copy", "What we will deliver", "sap-s-4hana-mes-integration-customer-")
			h.seesNot("Value", "EUR")
			h.press("enter")
			h.sees("Wrote the report to")
			files, _ := filepath.Glob(filepath.Join(dir, "*-customer-*.md"))
			if len(files) != 1 {
				t.Fatalf("files written %v, want one customer copy", files)
			}
			if b, _ := os.ReadFile(files[0]); !strings.Contains(string(b), "## Confirmation") || strings.Contains(string(b), "EUR") {
				t.Errorf("the file written is not the customer copy:\n%s", b)
			}
			h.press(k)
			h.sees("Report preview", "Summary")
		},
		"Preview.Search": func(t *testing.T, h *harness, k string) {
			h.openDeal("SAP")
			h.press("x", k)
			h.typeText("sap")
			if !h.a.top().Typing() || len(h.a.report().find.hits) == 0 {
				t.Fatalf("%s then sap: typing %v, %d hits", k, h.a.top().Typing(), len(h.a.report().find.hits))
			}
			h.sees("1 of ")
		},
		"Preview.NextMatch": func(t *testing.T, h *harness, k string) {
			h.openDeal("SAP")
			h.press("x", "/")
			h.typeText("sap")
			h.press("enter", k)
			if r := h.a.report(); r.find.at != 1 {
				t.Errorf("%s: hit %d, want the second", k, r.find.at+1)
			}
		},
		"Preview.PrevMatch": func(t *testing.T, h *harness, k string) {
			h.openDeal("SAP")
			h.press("x", "/")
			h.typeText("sap")
			h.press("enter", k)
			if r := h.a.report(); r.find.at != len(r.find.hits)-1 {
				t.Errorf("%s from the first: hit %d, want the last (%d)", k, r.find.at+1, len(r.find.hits))
			}
		},
		"Preview.WriteElsewhere": func(t *testing.T, h *harness, k string) {
			h.openDeal("SAP")
			h.press("x", k)
			h.sees("Write the report to")
		},

		"Typing.ForceQuit": func(t *testing.T, h *harness, k string) {
			h.press("/") // the filter line: letters are text
			if !h.a.top().Typing() || h.quits("q") || !h.quits(k) {
				t.Error("did not quit while typing")
			}
		},
		"Typing.FilterDone": func(t *testing.T, h *harness, k string) {
			h.press("/")
			h.typeText("S/4HANA")
			h.press(k)
			h.sees("SAP S/4HANA", "1 of 3")
			h.seesNot("Process & AI")
			h.press("j") // a key again, not filter text
			if h.a.top().Typing() {
				t.Error("still typing into the filter")
			}
		},
		"Typing.FilterClear": func(t *testing.T, h *harness, k string) {
			h.press("/")
			h.typeText("S/4HANA")
			h.press(k)
			h.sees("SAP S/4HANA", "Process & AI")
			h.seesNot("1 of 3")
		},
		"Typing.FilterUp": func(t *testing.T, h *harness, k string) {
			h.press("/", "down", k)
			if h.a.deals().cur.pos != 0 || !h.a.top().Typing() {
				t.Errorf("row %d, want 0, still filtering", h.a.deals().cur.pos)
			}
		},
		"Typing.FilterDown": func(t *testing.T, h *harness, k string) {
			h.press("/", k)
			if h.a.deals().cur.pos != 1 || !h.a.top().Typing() {
				t.Errorf("row %d, want 1, still filtering", h.a.deals().cur.pos)
			}
		},
	}
	for i, r := range model.Roles {
		tests[fmt.Sprintf("Picker.Roles[%d]", i)] = func(t *testing.T, h *harness, k string) {
			p := addingPicker(t, h)
			send(p, "right") // from presales, so sales is a change too
			if send(p, k); model.Roles[p.c.add.role] != r {
				t.Errorf("role %s, want %s", model.Roles[p.c.add.role], r)
			}
		}
	}

	bindings := modalBindings(DefaultKeyMap(i18n.EN))
	for name := range tests {
		if _, ok := bindings[name]; !ok {
			t.Errorf("a test for %s, which is no binding", name)
		}
	}
	for name, b := range bindings {
		test, ok := tests[name]
		if !ok {
			t.Errorf("%s (%s: %s) has no test", name, b.Help().Key, b.Help().Desc)
			continue
		}
		t.Run(name, func(t *testing.T) {
			test(t, newHarness(t, 120, 40, true), b.Keys()[0])
		})
	}
}

// existingFile is a report file that is there already, holding "old".
func existingFile(t *testing.T) string {
	path := filepath.Join(t.TempDir(), "report.md")
	if err := os.WriteFile(path, []byte("old"), 0o644); err != nil {
		t.Fatal(err)
	}
	return path
}

// Every modal binding is in the help the README is made from.
func TestEveryModalBindingIsInTheHelp(t *testing.T) {
	h := newHarness(t, 120, 40, true)
	k := h.a.sh.keys
	var sections []helpSection
	for _, s := range [][]helpSection{k.Form.helpSections(), k.Picker.helpSections(), k.Dialog.helpSections(), k.Typing.helpSections(), h.a.report().HelpSections()} {
		sections = append(sections, s...)
	}
	shown := map[string]bool{}
	for _, s := range sections {
		for _, b := range s.keys {
			shown[strings.Join(b.Keys(), " ")+": "+b.Help().Desc] = true
		}
	}
	for name, b := range modalBindings(k) {
		if !shown[strings.Join(b.Keys(), " ")+": "+b.Help().Desc] {
			t.Errorf("%s is in no help", name)
		}
	}
}

// keyLiterals finds where Go source matches a key by a string literal: a
// key's String() or Keystroke() compared with a literal or switched on
// with literal cases, or a binding made outside the key map.
func keyLiterals(name string, src any) ([]string, error) {
	fset := token.NewFileSet()
	file, err := parser.ParseFile(fset, name, src, 0)
	if err != nil {
		return nil, err
	}
	isKeyString := func(e ast.Expr) bool {
		call, ok := e.(*ast.CallExpr)
		if !ok || len(call.Args) != 0 {
			return false
		}
		sel, ok := call.Fun.(*ast.SelectorExpr)
		return ok && (sel.Sel.Name == "String" || sel.Sel.Name == "Keystroke")
	}
	isString := func(e ast.Expr) bool {
		lit, ok := e.(*ast.BasicLit)
		return ok && lit.Kind == token.STRING
	}
	var found []string
	at := func(n ast.Node, what string) { found = append(found, fset.Position(n.Pos()).String()+": "+what) }
	ast.Inspect(file, func(n ast.Node) bool {
		switch n := n.(type) {
		case *ast.BinaryExpr:
			if (n.Op == token.EQL || n.Op == token.NEQ) &&
				(isKeyString(n.X) && isString(n.Y) || isKeyString(n.Y) && isString(n.X)) {
				at(n, "a key compared with a string")
			}
		case *ast.SwitchStmt:
			if n.Tag == nil || !isKeyString(n.Tag) {
				return true
			}
			for _, c := range n.Body.List {
				for _, e := range c.(*ast.CaseClause).List {
					if isString(e) {
						at(e, "a key switched on by a string")
					}
				}
			}
		case *ast.SelectorExpr:
			if id, ok := n.X.(*ast.Ident); ok && id.Name == "key" && (n.Sel.Name == "NewBinding" || n.Sel.Name == "WithKeys") &&
				!strings.HasPrefix(filepath.Base(name), "keys") {
				at(n, "a binding made outside the key map")
			}
		}
		return true
	})
	return found, nil
}

// No file of the UI matches a key by a string literal: every key goes
// through a binding of the KeyMap, so help and a later config file that
// rebinds keys both stay true.
func TestNoKeyMatchedByAString(t *testing.T) {
	files, err := filepath.Glob("*.go")
	if err != nil {
		t.Fatal(err)
	}
	for _, name := range files {
		if strings.HasSuffix(name, "_test.go") {
			continue
		}
		found, err := keyLiterals(name, nil)
		if err != nil {
			t.Fatal(err)
		}
		for _, f := range found {
			t.Error(f)
		}
	}
}

// The scan itself sees each way of matching a key by a string.
func TestKeyLiteralsSeesEachWay(t *testing.T) {
	const src = `package ui
func f(press tea.KeyPressMsg) {
	if press.String() == "enter" {}
	if "tab" != press.Keystroke() {}
	switch press.String() {
	case "up", "down":
	}
	b := key.NewBinding(key.WithKeys("x"))
	switch kind { case "due": }
	if s.String() == name {}
}`
	found, err := keyLiterals("form.go", src)
	if err != nil {
		t.Fatal(err)
	}
	if len(found) != 6 {
		t.Errorf("found %d, want 6:\n%s", len(found), strings.Join(found, "\n"))
	}
}
