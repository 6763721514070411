// Package fuzz holds the go test -fuzz targets over wenxi's packages: input
// decoding and HTML extraction, the segmenter, the analysis pipeline and the
// JSON and CSV renderers. They live here, apart from the packages they test,
// so each package's owner keeps their own files; the seed corpus is built
// from testdata/ and regression inputs are kept in testdata/fuzz/.
//
//	go test ./fuzz -run '^$' -fuzz '^FuzzPipeline$' -fuzztime 10m
package fuzz
