// The backups kept in the data folder and 第二备份位置, newest first: 备份时间, 类型, what each
// holds, its size and place, with 查看 / 恢复.
import Chip from '@mui/material/Chip';
import Paper from '@mui/material/Paper';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableContainer from '@mui/material/TableContainer';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import Typography from '@mui/material/Typography';
import type { BackupEntry } from '../../shared/backup/index.ts';
import { RowButton } from '../kit/RowButton.tsx';
import { kindText, sizeText } from './backupText.ts';

interface Props {
  backups: BackupEntry[];
  onOpen(backup: BackupEntry): void;
}

const HEAD = { fontWeight: 600 } as const;
const NUMBER = { fontVariantNumeric: 'tabular-nums' } as const;

export function BackupTable({ backups, onOpen }: Props) {
  return (
    <TableContainer component={Paper} variant="outlined">
      <Table size="small" aria-label="备份列表">
        <TableHead>
          <TableRow>
            <TableCell sx={{ ...HEAD, width: 170 }}>备份时间</TableCell>
            <TableCell sx={{ ...HEAD, width: 80 }}>类型</TableCell>
            <TableCell sx={HEAD} align="right">单位</TableCell>
            <TableCell sx={HEAD} align="right">人员</TableCell>
            <TableCell sx={HEAD} align="right">信访件</TableCell>
            <TableCell sx={HEAD} align="right">附件</TableCell>
            <TableCell sx={HEAD} align="right">大小</TableCell>
            <TableCell sx={HEAD}>位置</TableCell>
            <TableCell sx={{ ...HEAD, width: 110 }}>操作</TableCell>
          </TableRow>
        </TableHead>
        <TableBody>
          {backups.length === 0 ? (
            <TableRow>
              <TableCell colSpan={9}>
                <Typography color="text.secondary">还没有备份。</Typography>
              </TableCell>
            </TableRow>
          ) : (
            backups.map((b) => (
              <TableRow key={b.folder} hover>
                <TableCell sx={NUMBER}>{b.madeAtLocal}</TableCell>
                <TableCell>
                  <Chip size="small" variant="outlined" label={kindText(b.kind)} color={b.kind === 'manual' ? 'primary' : 'default'} sx={{ height: 22 }} />
                </TableCell>
                <TableCell sx={NUMBER} align="right">{b.counts.units}</TableCell>
                <TableCell sx={NUMBER} align="right">{b.counts.people}</TableCell>
                <TableCell sx={NUMBER} align="right">{b.counts.tips}</TableCell>
                <TableCell sx={NUMBER} align="right">{b.counts.attachments}</TableCell>
                <TableCell sx={NUMBER} align="right">{sizeText(b.bytes)}</TableCell>
                <TableCell>
                  <Typography variant="body2" title={b.folder}>
                    {b.place}
                  </Typography>
                </TableCell>
                <TableCell>
                  <RowButton onClick={() => onOpen(b)}>查看 / 恢复</RowButton>
                </TableCell>
              </TableRow>
            ))
          )}
        </TableBody>
      </Table>
    </TableContainer>
  );
}
