// The NHS.UK frontend's scripts, started from a file (the CSP allows no inline script).
import { initAll } from "./nhsuk/nhsuk-frontend.min.js";

document.body.classList.add("js-enabled", "nhsuk-frontend-supported");
initAll();
