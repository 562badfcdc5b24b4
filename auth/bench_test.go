package auth

import (
	"context"
	"crypto/rand"
	"crypto/rsa"
	"encoding/json"
	"testing"
	"time"

	"github.com/MicahParks/jwkset"
	"github.com/golang-jwt/jwt/v5"
)

// BenchmarkAuthenticate prices what authentication adds to each request,
// by credential: compare with a timeline page (make bench,
// BenchmarkTimelinePageServer*), some milliseconds.
func BenchmarkAuthenticate(b *testing.B) {
	secret, line, _ := GenerateKey("bench", RoleReader)
	keys, _ := ParseKeys(line)
	rsaKey, _ := rsa.GenerateKey(rand.Reader, 2048)
	jwk, _ := jwkset.NewJWKFromKey(rsaKey.Public(), jwkset.JWKOptions{Metadata: jwkset.JWKMetadataOptions{KID: "k", ALG: jwkset.AlgRS256}})
	jwks, _ := json.Marshal(jwkset.JWKSMarshal{Keys: []jwkset.JWKMarshal{jwk.Marshal()}})
	hsSecret := []byte("bench-hs256-secret-of-32-bytes-or-more")
	a, err := New(context.Background(), Config{Keys: keys, JWTSecret: hsSecret, JWKS: jwks, AnonymousReads: true})
	if err != nil {
		b.Fatal(err)
	}
	claims := jwt.MapClaims{"sub": "bench", "role": "reader", "exp": time.Now().Add(time.Hour).Unix()}
	hs, _ := jwt.NewWithClaims(jwt.SigningMethodHS256, claims).SignedString(hsSecret)
	rsTok := jwt.NewWithClaims(jwt.SigningMethodRS256, claims)
	rsTok.Header["kid"] = "k"
	rs, _ := rsTok.SignedString(rsaKey)
	for _, c := range []struct{ name, header string }{
		{"anonymous", ""}, {"APIKey", "Bearer " + secret}, {"JWTHS256", "Bearer " + hs}, {"JWTRS256", "Bearer " + rs},
	} {
		b.Run(c.name, func(b *testing.B) {
			b.ReportAllocs()
			for b.Loop() {
				if _, err := a.Authenticate(c.header); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}
