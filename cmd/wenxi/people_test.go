package main

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestPeopleCommand runs `wenxi people` with its own flags: CSV columns,
// --not-names as a list and as a file, and --dict entries tagged nr.
func TestPeopleCommand(t *testing.T) {
	dir := t.TempDir()
	blocked := filepath.Join(dir, "blocked.txt")
	dict := filepath.Join(dir, "names.dict")
	if err := os.WriteFile(blocked, []byte("# never names\n何雄\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(dict, []byte("小明 10 nr\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	text := "市委书记何雄出席会议并讲话。会上，小明和同学们表演了节目。\n责任编辑：李俊\n"
	cases := []struct {
		args      []string
		want, not []string
	}{
		{[]string{"people", "--no-model", "-f", "csv"}, []string{"source,name,mentions,titles,roles,offsets", "何雄,1,市委书记,speaker; attendee,4-6", "李俊,1,责任编辑,editor"}, []string{"小明"}},
		{[]string{"people", "--no-model", "-f", "csv", "--not-names", "何雄,张三"}, []string{"李俊"}, []string{"何雄"}},
		{[]string{"people", "--no-model", "-f", "csv", "--not-names", blocked}, []string{"李俊"}, []string{"何雄"}},
		{[]string{"people", "--no-model", "-f", "csv", "--dict", dict}, []string{"小明,1,,mentioned"}, nil},
		{[]string{"people", "-f", "jsonl"}, []string{`"name":"何雄"`, `"roles":["speaker","attendee"]`}, nil},
	}
	for _, c := range cases {
		var stdout, stderr bytes.Buffer
		if code := run(append([]string{"wenxi"}, c.args...), strings.NewReader(text), &stdout, &stderr); code != 0 {
			t.Errorf("%v: exit %d: %s", c.args, code, stderr.String())
			continue
		}
		out := stdout.String()
		for _, w := range c.want {
			if !strings.Contains(out, w) {
				t.Errorf("%v: output lacks %q:\n%s", c.args, w, out)
			}
		}
		for _, n := range c.not {
			if strings.Contains(out, n) {
				t.Errorf("%v: output has %q:\n%s", c.args, n, out)
			}
		}
	}
}
