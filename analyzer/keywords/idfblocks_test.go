package keywords

import (
	"testing"
	"unicode/utf8"
)

// TestIDFBlocksAgreeWithFullSearch checks the first-character index of the
// embedded table: every listed word, and many unlisted strings near them
// (prefixes, extensions, invalid UTF-8, characters above the BMP), get the
// same answer as a binary search over the whole table.
func TestIDFBlocksAgreeWithFullSearch(t *testing.T) {
	table, err := DefaultIDF()
	if err != nil {
		t.Fatal(err)
	}
	if table.blocks == nil {
		t.Fatal("the embedded table has no first-character index")
	}
	if table.second == nil {
		t.Fatal("the embedded table has no second-character keys")
	}
	full := *table
	full.blocks, full.second = nil, nil
	check := func(w string) {
		t.Helper()
		got, gotOK := table.Lookup(w)
		want, wantOK := full.Lookup(w)
		if got != want || gotOK != wantOK {
			t.Fatalf("Lookup(%q) = %v, %v with the index, %v, %v without", w, got, gotOK, want, wantOK)
		}
	}
	for i := range table.starts {
		w := table.word(i)
		if _, ok := table.Lookup(w); !ok {
			t.Fatalf("listed word %q not found", w)
		}
		if i%7 == 0 {
			check(w + "的")
			check(w + "\xff")
			_, size := utf8.DecodeRuneInString(w)
			check(w[:size])
			check(w[:len(w)-1])
		}
	}
	for _, w := range []string{"", "\xff", "\xe4\xb8", "𠀀", "𠀀中", "\uFFFD", "a", "zzzz", "中华人民共和国国务院"} {
		check(w)
	}
}
