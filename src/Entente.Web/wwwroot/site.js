// Chart marks are SVG links; Chromium focuses them with Tab but does not follow them on Enter as it does HTML links.
document.addEventListener('keydown', (event) => {
  const link = event.target;
  if (event.key === 'Enter' && link instanceof SVGAElement && link.href && link.href.baseVal) {
    event.preventDefault();
    window.location.assign(link.href.baseVal);
  }
});
