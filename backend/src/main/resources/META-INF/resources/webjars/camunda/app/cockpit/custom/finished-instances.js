// Finished process instances for managers: a dashboard panel (all processes) and a tab on each
// process definition. Reads the engine's history through the Cockpit session (no second login).
const PAGE = 20;

function esc(value) {
  return String(value == null ? '' : value).replace(/[&<>"']/g, c => ({
    '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;'
  })[c]);
}

function time(iso) {
  if (!iso) return '';
  return new Date(iso).toLocaleString('zh-CN', { timeZone: 'Asia/Shanghai', hour12: false });
}

function state(s) {
  return { COMPLETED: '已完成', EXTERNALLY_TERMINATED: '已终止', INTERNALLY_TERMINATED: '已终止' }[s] || s;
}

// A search box above the list: managers look up one case's (or statement's) finished instance by its
// number, which the newest twenty alone would not show on a busy day.
function withSearch(node, api, processDefinitionId) {
  node.innerHTML = `
    <form data-testid="finished-search" style="margin-bottom: 8px">
      <input type="search" name="businessKey" maxlength="40" placeholder="按业务编号查找（如 SA-2026-000001）"
        aria-label="按业务编号查找" class="form-control" style="display: inline-block; width: 20em">
      <button type="submit" class="btn btn-default">查找</button>
    </form>
    <div></div>`;
  const list = node.querySelector('div');
  const form = node.querySelector('form');
  form.addEventListener('submit', event => {
    event.preventDefault();
    renderFinished(list, api, processDefinitionId, form.businessKey.value.trim());
  });
  renderFinished(list, api, processDefinitionId, '');
}

async function renderFinished(node, api, processDefinitionId, businessKey) {
  node.innerHTML = '<p>加载中…</p>';
  const params = new URLSearchParams({ finished: 'true', sortBy: 'endTime', sortOrder: 'desc',
    maxResults: String(PAGE) });
  if (processDefinitionId) params.set('processDefinitionId', processDefinitionId);
  if (businessKey) params.set('processInstanceBusinessKeyLike', `%${businessKey}%`);
  try {
    const res = await fetch(`${api.engineApi}/history/process-instance?${params}`, {
      headers: { Accept: 'application/json' },
      credentials: 'same-origin'
    });
    if (!res.ok) throw new Error(`HTTP ${res.status}`);
    const rows = await res.json();
    if (!rows.length) {
      node.innerHTML = '<p data-testid="finished-empty">暂无已结束的流程实例。</p>';
      return;
    }
    node.innerHTML = `
      <table class="cam-table" data-testid="finished-instances">
        <thead><tr><th>流程</th><th>业务编号（案件编号）</th><th>开始时间</th><th>结束时间</th><th>状态</th><th>实例 ID</th></tr></thead>
        <tbody>${rows.map(r => `
          <tr>
            <td>${esc(r.processDefinitionName || r.processDefinitionKey)}</td>
            <td>${esc(r.businessKey)}</td>
            <td>${esc(time(r.startTime))}</td>
            <td>${esc(time(r.endTime))}</td>
            <td>${esc(state(r.state))}</td>
            <td><code>${esc(r.id)}</code></td>
          </tr>`).join('')}
        </tbody>
      </table>`;
  } catch (e) {
    node.innerHTML = `<p class="text-danger">无法加载已结束的流程实例：${esc(e.message)}</p>`;
  }
}

export default [
  {
    id: 'assist-finished-instances-dashboard',
    pluginPoint: 'cockpit.dashboard',
    priority: -10,
    render: (node, { api }) => {
      const section = document.createElement('section');
      section.innerHTML = '<h3 class="section-title">最近结束的流程实例</h3><div></div>';
      node.appendChild(section);
      withSearch(section.querySelector('div'), api);
    }
  },
  {
    id: 'assist-finished-instances-tab',
    pluginPoint: 'cockpit.processDefinition.runtime.tab',
    priority: -10,
    label: '已结束实例',
    render: (node, { api, processDefinitionId }) => withSearch(node, api, processDefinitionId)
  }
];
