// Starts Swagger UI on the document this server serves (no inline script: the page's
// Content-Security-Policy allows scripts from this origin only).
window.addEventListener('load', () => {
  window.ui = SwaggerUIBundle({
    url: '/openapi',
    dom_id: '#swagger-ui',
    deepLinking: true,
    presets: [SwaggerUIBundle.presets.apis, SwaggerUIStandalonePreset],
    layout: 'StandaloneLayout',
    validatorUrl: null,
    tryItOutEnabled: false,
    persistAuthorization: false,
  });
});
