package people

import "testing"

// TestLexicons checks that every embedded list parses and holds the sections
// the stage needs, so a bad edit fails here rather than at run time.
func TestLexicons(t *testing.T) {
	need := map[string][]string{
		"titles.txt": {"head", "group", "post", "translit"},
		"orgs.txt":   {"unit", "suffix"},
		"cues.txt":   {"say", "speech", "chair", "attend", "byline", "editor", "follow", "left", "stop", "country"},
	}
	for file, secs := range need {
		got, err := Sections(file)
		if err != nil {
			t.Fatal(err)
		}
		for _, s := range secs {
			if len(got[s]) == 0 {
				t.Errorf("%s: section [%s] is empty", file, s)
			}
		}
	}
	for _, file := range []string{"notnames.txt", "surnames.txt"} {
		ws, err := Words(file)
		if err != nil || len(ws) < 100 {
			t.Errorf("%s: %d entries, %v", file, len(ws), err)
		}
	}
	for _, file := range []string{"givenchars.txt", "common_surnames.txt"} {
		cs, err := Chars(file)
		if err != nil || len(cs) < 100 {
			t.Errorf("%s: %d characters, %v", file, len(cs), err)
		}
	}
	if _, err := Sections("missing.txt"); err == nil {
		t.Error("missing file: no error")
	}
}
