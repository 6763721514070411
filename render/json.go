package render

import (
	"bytes"
	"encoding/json"
)

// JSONLine encodes v as one line of JSON Lines (with the trailing newline).
// HTML escaping is off so Chinese text and 《》 stay readable.
func JSONLine(v any) ([]byte, error) {
	var b bytes.Buffer
	enc := json.NewEncoder(&b)
	enc.SetEscapeHTML(false)
	if err := enc.Encode(v); err != nil {
		return nil, err
	}
	return b.Bytes(), nil
}

// JSONPretty encodes v indented by two spaces, ending in a newline.
func JSONPretty(v any) ([]byte, error) {
	var b bytes.Buffer
	enc := json.NewEncoder(&b)
	enc.SetEscapeHTML(false)
	enc.SetIndent("", "  ")
	if err := enc.Encode(v); err != nil {
		return nil, err
	}
	return b.Bytes(), nil
}
