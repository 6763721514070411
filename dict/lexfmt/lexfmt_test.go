package lexfmt

import (
	"reflect"
	"testing"
)

func TestLinesAndSections(t *testing.T) {
	src := "\ufeff# comment\n甲 乙\n\n[titles]\n书记  市长\n# x\n[verbs]\n指出\r\n"
	if got, want := Lines(src), []string{"甲 乙", "[titles]", "书记  市长", "[verbs]", "指出"}; !reflect.DeepEqual(got, want) {
		t.Errorf("Lines = %q, want %q", got, want)
	}
	want := map[string][]string{"": {"甲", "乙"}, "titles": {"书记", "市长"}, "verbs": {"指出"}}
	if got := Sections(src); !reflect.DeepEqual(got, want) {
		t.Errorf("Sections = %q, want %q", got, want)
	}
}
