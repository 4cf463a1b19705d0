// PracticeFlow inside Camunda's webapps. The login is PracticeFlow's (one for the console and the webapps): when
// a webapp would show its own login form, after logging out or when the session ended, the browser goes to
// PracticeFlow's login page instead. Tasklist's header gets a link back to the console.
// a case reference: CMP-2026-0042, or a breach assessment's CMP-2026-0042-BR
const REFERENCE = /^[A-Z]{3}-\d{4}-\d{4}(-BR)?$/;
const toPracticeFlowLogin = () => {
  if (window.location.hash.startsWith('#/login')) {
    window.location.replace('/login?logout');
  }
};
window.addEventListener('hashchange', toPracticeFlowLogin);
toPracticeFlowLogin();

export default [{
  id: 'practiceflow-console',
  pluginPoint: 'tasklist.navbar.action',
  priority: 1000,
  render: (node) => {
    // a case's reference (CMP-2026-0042) opens its case page, which lists its open tasks with links back here
    node.innerHTML = '<a href="/" title="The practice console: dashboard, cases, registers">PracticeFlow console</a>'
      + ' <form class="practiceflow-find" style="display:inline" role="search">'
      + '<input aria-label="Find a task by case reference" placeholder="Case reference" size="14"'
      + ' style="height:26px;padding:2px 6px;border:1px solid #ccc;border-radius:3px"></form>';
    const form = node.querySelector('form');
    form.addEventListener('submit', (event) => {
      event.preventDefault();
      const reference = form.querySelector('input').value.trim().toUpperCase();
      if (REFERENCE.test(reference)) {
        window.location.href = '/cases/' + reference;
      } else {
        form.querySelector('input').setCustomValidity('A case reference looks like CMP-2026-0042');
        form.querySelector('input').reportValidity();
      }
    });
  }
}];

// After a start form, Tasklist says only "The process has been started": PracticeFlow also shows the new case's
// reference (to give the patient or caller) and a link to its case page.
const showReference = (reference) => {
  const notice = document.createElement('div');
  notice.className = 'practiceflow-started';
  notice.setAttribute('role', 'status');
  notice.style.cssText = 'position:fixed;top:70px;right:20px;z-index:2000;background:#e6f2f6;color:#0b5c7a;'
    + 'border:1px solid #0b5c7a;border-radius:6px;padding:12px 16px;font-size:15px;max-width:360px';
  const link = document.createElement('a');
  link.href = '/cases/' + encodeURIComponent(reference);
  link.textContent = reference;
  notice.append('New case ', link, ' opened. Give this reference to the person who raised it. ');
  const close = document.createElement('button');
  close.textContent = 'Close';
  close.className = 'btn btn-default btn-xs';
  close.onclick = () => notice.remove();
  notice.append(close);
  document.body.appendChild(notice);
};
// Tasklist's search box makes a typed word a "Name like" criterion and offers no setting to change that: a search
// for a case reference (CMP-2026-0042) becomes a search for the tasks of that case by its business key.
const byReference = (body) => {
  if (typeof body !== 'string' || !body.includes('"nameLike"')) return body;
  try {
    const query = JSON.parse(body);
    const reference = String(query.nameLike).replace(/%/g, '').trim().toUpperCase();
    if (!REFERENCE.test(reference)) return body;
    delete query.nameLike;
    query.processInstanceBusinessKey = reference;
    return JSON.stringify(query);
  } catch (notJson) {
    return body;
  }
};
const open = XMLHttpRequest.prototype.open;
const send = XMLHttpRequest.prototype.send;
XMLHttpRequest.prototype.send = function (body) {
  return send.call(this, this.practiceflowTaskQuery ? byReference(body) : body);
};
XMLHttpRequest.prototype.open = function (method, url, ...rest) {
  this.practiceflowTaskQuery = method === 'POST' && /\/(filter\/[^/]+\/(list|count)|task(\/count)?)(\?|$)/.test(String(url));
  if (method === 'POST' && /\/process-definition\/[^/]+\/submit-form$/.test(String(url))) {
    this.addEventListener('load', () => {
      try {
        const started = JSON.parse(this.responseText);
        if (this.status < 300 && started.businessKey) showReference(started.businessKey);
      } catch (notJson) { /* nothing to show */ }
    });
  }
  return open.call(this, method, url, ...rest);
};
