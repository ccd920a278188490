-- Headless Neovim (0.7 APIs) attached to `claimlint lsp`: opens the draft of
-- a workspace, waits for diagnostics, writes them out, edits the conflicting
-- figure away, waits for the diagnostics to clear, writes that out, quits.
-- Environment: CLAIMLINT_BIN, CLAIMLINT_WORKSPACE, CLAIMLINT_OUT.
local bin = os.getenv('CLAIMLINT_BIN')
local root = os.getenv('CLAIMLINT_WORKSPACE')
local out_path = os.getenv('CLAIMLINT_OUT')
local lines = {}

local function finish(status)
  table.insert(lines, 'status: ' .. status)
  vim.fn.writefile(lines, out_path)
  vim.cmd(status == 'ok' and 'qall!' or 'cquit! 1')
end

local client_id = vim.lsp.start_client({
  name = 'claimlint',
  cmd = { bin, 'lsp' },
  root_dir = root,
  workspace_folders = { { uri = vim.uri_from_fname(root), name = 'fixture' } },
  init_options = { debounceMs = 50 },
})
if not client_id then return finish('could not start claimlint lsp') end

vim.cmd('edit ' .. vim.fn.fnameescape(root .. '/draft.md'))
local buf = vim.api.nvim_get_current_buf()
vim.lsp.buf_attach_client(buf, client_id)

local function report(title)
  table.insert(lines, title)
  local diags = vim.diagnostic.get(buf)
  table.sort(diags, function(a, b) return a.lnum < b.lnum or (a.lnum == b.lnum and a.col < b.col) end)
  for _, d in ipairs(diags) do
    -- Lines and columns 1-based; columns in bytes, as Neovim keeps them.
    table.insert(lines, string.format('draft.md:%d:%d-%d: %s [%s] %s: %s', d.lnum + 1, d.col + 1, d.end_col + 1,
      vim.diagnostic.severity[d.severity], tostring(d.code), tostring(d.source), d.message))
    local lsp = d.user_data and d.user_data.lsp or {}
    for _, r in ipairs(lsp.relatedInformation or {}) do
      local file = vim.uri_to_fname(r.location.uri):sub(#root + 2)
      local s = r.location.range.start
      table.insert(lines, string.format('  related %s:%d:%d %s', file, s.line + 1, s.character + 1, r.message))
    end
  end
  table.insert(lines, string.format('(%d diagnostics)', #diags))
end

if not vim.wait(20000, function() return #vim.diagnostic.get(buf) > 0 end, 50) then
  return finish('timed out waiting for diagnostics')
end
report('after opening:')

-- 7.9% → 7.7%: find the figure and change the 9, as a user would.
local row, text
for i, l in ipairs(vim.api.nvim_buf_get_lines(buf, 0, -1, false)) do
  if l:find('7.9%', 1, true) then row, text = i - 1, l end
end
if not row then return finish('no 7.9% in the draft') end
local col = text:find('7.9%', 1, true) + 1  -- 0-based byte column of the 9
vim.api.nvim_buf_set_text(buf, row, col, row, col + 1, { '7' })

if not vim.wait(20000, function() return #vim.diagnostic.get(buf) == 0 end, 50) then
  report('after the edit (not cleared):')
  return finish('timed out waiting for the diagnostics to clear')
end
report('after changing 7.9% to 7.7%:')
vim.lsp.stop_client(client_id)
finish('ok')
