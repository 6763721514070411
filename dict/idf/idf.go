// Package idf embeds wenxi's default inverse-document-frequency table.
//
// The table is jieba's idf.txt as shipped by gse (data/dict/zh/idf.txt,
// 270 132 words, MIT/Apache-licensed with gse). Its values are exactly
// ln(1088899/df) for integer document frequencies df, so instead of 6.2 MB
// of "word idf" lines we embed the document frequencies, one line per df:
//
//	# wenxi-df v1 docs=1088899 ...
//	<df>\t<word> <word> <word> …
//
// gzip-compressed (about 1.3 MB). Nothing is decompressed until a caller
// asks for the table, so commands that compute no keywords pay nothing at
// start-up. Regenerate with `go generate ./dict/idf`.
package idf

import (
	"bytes"
	"compress/gzip"
	_ "embed"
	"fmt"
	"io"
)

//go:generate go run ./internal/gen -o default.df.gz

//go:embed default.df.gz
var defaultGz []byte

// Default returns the decompressed default table in the "wenxi-df v1"
// format described in the package comment.
func Default() ([]byte, error) {
	zr, err := gzip.NewReader(bytes.NewReader(defaultGz))
	if err != nil {
		return nil, fmt.Errorf("opening embedded idf table: %w", err)
	}
	defer zr.Close()
	b, err := io.ReadAll(zr)
	if err != nil {
		return nil, fmt.Errorf("decompressing embedded idf table: %w", err)
	}
	return b, nil
}
