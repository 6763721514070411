// Command wenxi-train trains wenxi's embedded models from the team's shared
// data. It is a development tool, not part of the shipped CLI:
//
//	go run ./cmd/wenxi-train ner -o dict/ner/ner.bin
//
// trains the person-name sequence labeller (see docs/ner.md), and
//
//	go run ./cmd/wenxi-train slogans -o dict/slogans/quotes.tsv
//
// the quote model of the slogans stage (see docs/slogans.md).
package main

import (
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"time"
)

func main() {
	if err := run(os.Args[1:], os.Stdout, os.Stderr); err != nil {
		fmt.Fprintln(os.Stderr, "wenxi-train:", err)
		os.Exit(1)
	}
}

func run(args []string, stdout, stderr io.Writer) error {
	if len(args) == 0 {
		return errors.New("usage: wenxi-train ner|slogans [flags]")
	}
	switch args[0] {
	case "ner":
		return trainNER(args[1:], stdout, stderr)
	case "slogans":
		return trainSlogans(args[1:], stdout, stderr)
	default:
		return fmt.Errorf("unknown model %q (known: ner, slogans)", args[0])
	}
}

// defaultData finds the shared data directory: $WENXI_SHARED/data, else
// ../shared/data beside the working directory (the repository root).
func defaultData() string {
	if d := os.Getenv("WENXI_SHARED"); d != "" {
		return filepath.Join(d, "data")
	}
	return filepath.Join("..", "shared", "data")
}

func trainNER(args []string, stdout, stderr io.Writer) error {
	fs := flag.NewFlagSet("ner", flag.ContinueOnError)
	fs.SetOutput(stderr)
	out := fs.String("o", "dict/ner/ner.bin", "output model file")
	data := fs.String("data", defaultData(), "shared data directory")
	cfg := defaultConfig()
	fs.IntVar(&cfg.Epochs, "epochs", cfg.Epochs, "training epochs (the best on the held-out dev set is kept)")
	fs.UintVar(&cfg.Bits, "bits", cfg.Bits, "log2 of the feature hash table size")
	fs.Uint64Var(&cfg.Seed, "seed", cfg.Seed, "random seed (shuffling, synthesized lists)")
	fs.IntVar(&cfg.Seeds, "seeds", cfg.Seeds, "training runs with successive shuffle seeds whose weights are averaged")
	fs.IntVar(&cfg.Synth, "synth", cfg.Synth, "number of synthesized name-list sentences")
	fs.IntVar(&cfg.Frames, "frames", cfg.Frames, "number of synthesized title + name + speech-verb sentences")
	if err := fs.Parse(args); err != nil {
		return err
	}
	start := time.Now()
	m, err := buildNER(*data, cfg, stdout)
	if err != nil {
		return err
	}
	f, err := os.Create(*out)
	if err != nil {
		return fmt.Errorf("creating %s: %w", *out, err)
	}
	n, err := m.WriteTo(f)
	if cerr := f.Close(); err == nil && cerr != nil {
		err = fmt.Errorf("closing %s: %w", *out, cerr)
	}
	if err != nil {
		return err
	}
	fmt.Fprintf(stdout, "wrote %s (%d bytes) in %s\n", *out, n, time.Since(start).Round(time.Second))
	return nil
}
