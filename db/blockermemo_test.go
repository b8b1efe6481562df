package db

import (
	"encoding/json"
	"reflect"
	"testing"
)

// The memo gives what decoding every blocker gives: for the deal read
// again with some blockers changed, some gone and some new, and for
// another deal whose blockers read the same; a sentence kept from before
// blockers were data still says so.
func TestBlockerMemoDecodesAsAWholeRead(t *testing.T) {
	raw := func(list ...string) []json.RawMessage {
		out := make([]json.RawMessage, len(list))
		for i, s := range list {
			out[i] = json.RawMessage(s)
		}
		return out
	}
	first := raw(`{"kind":"term_not_agreed","promise":"Portal","term":"SSO","uses":2,"promise_ids":[1,2]}`,
		`{"kind":"no_answer","promise":"Portal"}`,
		`{"kind":"no_owner","role":"delivery"}`)
	second := raw(`{"kind":"term_not_agreed","promise":"Portal","term":"SSO","uses":3,"promise_ids":[1,2,5]}`,
		`{"kind":"no_answer","promise":"Portal"}`,
		`{"kind":"no_answer","promise":"Export"}`)
	var memo blockerMemo
	for _, step := range []struct {
		deal int64
		list []json.RawMessage
	}{{1, first}, {1, second}, {1, second}, {2, first}, {1, first}} {
		got, ok := memo.decode(step.deal, step.list)
		want, wantOK := (*blockerMemo)(nil).decode(step.deal, step.list)
		if ok != wantOK || !reflect.DeepEqual(got, want) {
			t.Fatalf("deal %d: the memo gives %+v (%v), a whole read %+v (%v)", step.deal, got, ok, want, wantOK)
		}
		if len(memo.at) != len(step.list) || memo.deal != step.deal {
			t.Fatalf("deal %d: the memo keeps %d blockers of deal %d", step.deal, len(memo.at), memo.deal)
		}
	}
	if _, ok := memo.decode(1, raw(`"Promise “Portal” has no answer."`)); ok {
		t.Error("a sentence kept before blockers were data reads as data")
	}
}
