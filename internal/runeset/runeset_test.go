package runeset

import "testing"

func TestBits(t *testing.T) {
	var b Bits
	for _, r := range "何雄𠀀" {
		b.Add(r)
	}
	for r, want := range map[rune]bool{'何': true, '雄': true, '阮': false, 'a': false, '𠀀': true, '𠀁': true} {
		if got := b.May(r); got != want {
			t.Errorf("May(%q) = %v, want %v", r, got, want)
		}
	}
}
