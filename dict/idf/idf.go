// Package idf embeds wenxi's default inverse-document-frequency table.
//
// The table is jieba's idf.txt as shipped by gse (data/dict/zh/idf.txt,
// 270 132 words, MIT/Apache-licensed with gse). Its values are exactly
// ln(1088899/df) for integer document frequencies df, so instead of 6.2 MB
// of "word idf" lines we embed the integer document frequencies:
//
//	# wenxi-idf v2 docs=1088899 words=270132 median=11.9547675029 …
//	<word>\t<df>
//	…
//
// one line per word, sorted by bytes so that a reader can binary-search the
// decompressed text in place instead of building a 270 000-entry map;
// gzip-compressed (1.3 MB). Nothing is decompressed until a caller asks for
// the table, so commands that compute no keywords pay nothing at start-up.
// Regenerate with `go generate ./dict/idf`.
package idf

import (
	"bytes"
	"compress/gzip"
	_ "embed"
	"encoding/binary"
	"fmt"
	"io"
)

//go:generate go run ./internal/gen -o default.idf.gz

//go:embed default.idf.gz
var defaultGz []byte

// Default returns the decompressed default table in the "wenxi-idf v2"
// format described in the package comment.
func Default() ([]byte, error) {
	zr, err := gzip.NewReader(bytes.NewReader(defaultGz))
	if err != nil {
		return nil, fmt.Errorf("opening embedded idf table: %w", err)
	}
	defer zr.Close()
	// The gzip trailer's last four bytes give the size: one allocation.
	n := binary.LittleEndian.Uint32(defaultGz[len(defaultGz)-4:])
	b := bytes.NewBuffer(make([]byte, 0, int(n)+1))
	if _, err := io.Copy(b, zr); err != nil {
		return nil, fmt.Errorf("decompressing embedded idf table: %w", err)
	}
	return b.Bytes(), nil
}
