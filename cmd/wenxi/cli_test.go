package main

import (
	"bytes"
	"encoding/json"
	"flag"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

var update = flag.Bool("update", false, "rewrite golden files under testdata/golden")

// cliCase is one CLI run kept as data in testdata/cli/cases.json.
type cliCase struct {
	Name  string   `json:"name"`
	Args  []string `json:"args"`
	Stdin string   `json:"stdin"`
	// Golden names a file under testdata/golden that stdout must equal.
	Golden string `json:"golden"`
	// Stdout and Stderr list substrings that must appear.
	Stdout []string `json:"stdout"`
	Stderr []string `json:"stderr"`
	// NotStdout lists substrings that must not appear on stdout.
	NotStdout []string `json:"not_stdout"`
	Exit      int      `json:"exit"`
	// JSONLines checks that every stdout line parses as a JSON object.
	JSONLines bool `json:"jsonl"`
}

func TestCLICases(t *testing.T) {
	root := filepath.Join("..", "..")
	data, err := os.ReadFile(filepath.Join(root, "testdata", "cli", "cases.json"))
	if err != nil {
		t.Fatal(err)
	}
	var cases []cliCase
	if err := json.Unmarshal(data, &cases); err != nil {
		t.Fatalf("cases.json: %v", err)
	}
	// Paths in cases are relative to the repository root.
	if err := os.Chdir(root); err != nil {
		t.Fatal(err)
	}
	defer os.Chdir(filepath.Join("cmd", "wenxi"))
	for _, tc := range cases {
		t.Run(tc.Name, func(t *testing.T) {
			var stdout, stderr bytes.Buffer
			code := run(append([]string{"wenxi"}, tc.Args...), strings.NewReader(tc.Stdin), &stdout, &stderr)
			if code != tc.Exit {
				t.Errorf("exit = %d, want %d; stderr:\n%s", code, tc.Exit, stderr.String())
			}
			out := stdout.String()
			for _, s := range tc.Stdout {
				if !strings.Contains(out, s) {
					t.Errorf("stdout lacks %q:\n%s", s, clip(out))
				}
			}
			for _, s := range tc.NotStdout {
				if strings.Contains(out, s) {
					t.Errorf("stdout has %q:\n%s", s, clip(out))
				}
			}
			for _, s := range tc.Stderr {
				if !strings.Contains(stderr.String(), s) {
					t.Errorf("stderr lacks %q:\n%s", s, stderr.String())
				}
			}
			if tc.JSONLines {
				for i, line := range strings.Split(strings.TrimSuffix(out, "\n"), "\n") {
					var v map[string]any
					if err := json.Unmarshal([]byte(line), &v); err != nil {
						t.Errorf("stdout line %d is not a JSON object: %v\n%s", i+1, err, line)
					}
				}
			}
			if tc.Golden != "" {
				path := filepath.Join("testdata", "golden", tc.Golden)
				if *update {
					if err := os.WriteFile(path, stdout.Bytes(), 0o644); err != nil {
						t.Fatal(err)
					}
				}
				want, err := os.ReadFile(path)
				if err != nil {
					t.Fatalf("golden: %v (run go test ./cmd/wenxi -update to create it)", err)
				}
				if out != string(want) {
					t.Errorf("stdout differs from %s (go test ./cmd/wenxi -run TestCLICases -update rewrites it; check the diff by hand):\n%s", path, firstDiff(out, string(want)))
				}
			}
		})
	}
}

func clip(s string) string {
	if len(s) > 2000 {
		return s[:2000] + "…"
	}
	return s
}

// firstDiff shows the first differing line of got and want.
func firstDiff(got, want string) string {
	g, w := strings.Split(got, "\n"), strings.Split(want, "\n")
	for i := 0; i < len(g) || i < len(w); i++ {
		var gl, wl string
		if i < len(g) {
			gl = g[i]
		}
		if i < len(w) {
			wl = w[i]
		}
		if gl != wl {
			return "line " + itoa(i+1) + ":\n  got:  " + gl + "\n  want: " + wl
		}
	}
	return "(same lines, different bytes)"
}

func itoa(i int) string {
	b, _ := json.Marshal(i)
	return string(b)
}
