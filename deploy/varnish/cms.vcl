# Varnish 7.1 in front of the CMS's delivery API, purged by surrogate key (README: "Surrogate keys
# and purging a cache in front"). Needs the xkey module (Debian: varnish-modules). The CMS sends
# PURGE / with "xkey-purge: <keys>" (CMS_VARNISH_URL); answers name their keys in Surrogate-Key.
vcl 4.1;

import xkey;

backend cms {
  .host = "127.0.0.1";
  .port = "8080";
}

# who may purge: the CMS instances
acl purgers {
  "127.0.0.1";
}

sub vcl_recv {
  if (req.method == "PURGE") {
    if (client.ip !~ purgers) {
      return (synth(403, "Forbidden"));
    }
    if (!req.http.xkey-purge) {
      return (synth(400, "No xkey-purge header"));
    }
    set req.http.n-gone = xkey.purge(req.http.xkey-purge);
    return (synth(200, "Purged " + req.http.n-gone));
  }
  # only public delivery reads are cached; previews, tokens and the management API go through
  if (req.method != "GET" && req.method != "HEAD") {
    return (pass);
  }
  if (req.http.Authorization || req.url ~ "^/api/v1/(manage|auth|sync)" || req.url ~ "[?&]preview=") {
    return (pass);
  }
}

sub vcl_backend_response {
  # file the answer under its keys, for xkey.purge
  set beresp.http.xkey = beresp.http.Surrogate-Key;
}

sub vcl_deliver {
  unset resp.http.xkey;
}
