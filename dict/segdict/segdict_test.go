package segdict

import "testing"

func TestLoad(t *testing.T) {
	d, err := Load()
	if err != nil {
		t.Fatal(err)
	}
	t.Logf("nodes %d, read in place: %v", d.Nodes(), d.Aligned())
	for _, c := range []struct {
		word string
		ok   bool
		pos  string
	}{
		{"北京", true, "ns"}, {"天安门", true, "ns"}, {"中华人民共", false, ""}, {"xyz不是词", false, ""},
	} {
		n, ok := d.Lookup(c.word)
		if ok != c.ok || ok && d.Pos(n) != c.pos {
			t.Errorf("Lookup(%q) = %v %q, want %v %q", c.word, ok, d.Pos(n), c.ok, c.pos)
		}
	}
}

// TestViewCopy checks the fallback decoder used for unaligned blobs.
func TestViewCopy(t *testing.T) {
	s := "\x00\x01\x02\x00\x03\x00"
	got := view[uint16](s[1:5])
	if len(got) != 2 || got[0] != 0x0201 || got[1] != 0x0300 {
		t.Errorf("view = %#x", got)
	}
}
