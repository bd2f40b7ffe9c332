// The people roster the bench imports: N rows (20,000, the import's row limit) of distinct names in
// one unit, as the upload the import operations take.
import ExcelJS from 'exceljs';

export async function rosterUpload(unitName: string, rows: number): Promise<{ fileName: string; dataBase64: string }> {
  const surnames = Array.from('王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗');
  const given = Array.from('明华国建军平志伟强敏静丽芳娟勇杰涛超秀英德');
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('人员名册');
  sheet.addRow(['姓名', '所在单位', '职务', '职级', '是否中共党员', '身份类别']);
  for (let i = 0; i < rows; i++) {
    const name = `${surnames[i % 20]}${given[Math.floor(i / 20) % 21]}${given[Math.floor(i / 420) % 21]}${given[Math.floor(i / 8820) % 21]}`;
    sheet.addRow([name, unitName, '科员', '科员及以下', i % 3 ? '是' : '否', '一般干部']);
  }
  return { fileName: '人员名册.xlsx', dataBase64: Buffer.from((await workbook.xlsx.writeBuffer()) as ArrayBuffer).toString('base64') };
}
