package main

import (
	"bytes"
	"os"
	"testing"

	"github.com/go-ego/gse"
)

// TestBlobUpToDate rebuilds the dictionary blob from gse and compares it
// with the committed ../segdict.bin, so a gse upgrade or a generator change
// without `go generate ./dict/segdict/` fails here. The generator is
// deterministic (sorted keys everywhere), so the bytes must match.
func TestBlobUpToDate(t *testing.T) {
	if testing.Short() {
		t.Skip("loads gse's dictionary (seconds)")
	}
	seg, err := gse.NewEmbed("zh_s")
	if err != nil {
		t.Fatal(err)
	}
	emit, err := readEmit()
	if err != nil {
		t.Fatal(err)
	}
	got, err := build(&seg, emit)
	if err != nil {
		t.Fatal(err)
	}
	want, err := os.ReadFile("../segdict.bin")
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(got, want) {
		t.Fatalf("segdict.bin (%d bytes) differs from a fresh build (%d bytes): run go generate ./dict/segdict/", len(want), len(got))
	}
}
