// Package ner embeds the trained person-name model (analyzer/ner). The
// file is produced by `go run ./cmd/wenxi-train ner -o dict/ner/ner.bin`;
// see docs/ner.md for the training data and its licences.
package ner

import _ "embed"

// Model is the gzip-compressed model file read by analyzer/ner.ReadModel.
//
//go:embed ner.bin
var Model []byte
